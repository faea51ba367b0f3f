import ArgumentParser
import KithCore

/// `kith solved NAME NEED`: marks one of a contact's needs as met.
struct SolvedCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "solved",
        abstract: "Mark one of someone's needs as met; the coach stops suggesting help for it.")

    @Argument(
        help: "The person's name (a unique part is enough) or @ID (see 'kith contacts').",
        completion: CompletionSources.names)
    var name: String

    @Argument(help: "The need, or a part of its text that only one open need contains.")
    var need: [String]

    @Option(help: "Who solved it (a contact's name or any text).")
    var by: String?

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let store = try session.loadedStore()
        let prompts = try session.prompts(language.lang)
        let contact = try ContactResolver.contact(named: name, in: store.network, prompts: prompts)
        let solver = by.map { SolverName.resolve($0, in: store.network) }
        let text = need.joined(separator: " ")
        let solved = try store.update { network -> String in
            let before = network.contact(id: contact.id)?.needs ?? []
            try network.solveNeed(contact: contact.id, need: text, by: solver, today: session.today)
            let after = network.contact(id: contact.id)?.needs ?? []
            return zip(before, after).first { $0.isOpen && !$1.isOpen }?.1.text ?? text
        }
        let by = solver.map { " " + prompts.text("solved.by", ["name": $0]) } ?? ""
        session.say(prompts.text("solved.solved", ["name": contact.name, "need": solved, "by": by]))
    }
}

/// The text recorded as "solved by": a contact's full name when the text names exactly one.
enum SolverName {
    static func resolve(_ text: String, in network: Network) -> String {
        if case .one(let contact) = NameLookup().find(text, in: network) { return contact.name }
        return TextFolding.tidy(text)
    }
}
