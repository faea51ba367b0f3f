import ArgumentParser
import Foundation
import KithCore

/// `kith forget NAME`: removes a person and every trace of them, into an archive from which
/// `kith forget --restore NAME` brings them back; `kith forget --list` shows the archive.
struct ForgetCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove someone from your network, into an archive you can restore from.",
        discussion: """
            The person leaves your network, the links others' "who they know" make to them, the \
            introductions they are part of and the action log about them; all of it goes to \
            forgotten.json in your data folder (readable only by you). On a terminal kith asks \
            first; scripts add --yes. 'kith forget --restore NAME' brings someone back with their \
            links; 'kith undo' reverts the last forget too.
            """)

    @Argument(help: "The person's name (a unique part is enough) or @ID.", completion: CompletionSources.names)
    var name: [String] = []

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
    var yes = false

    @Flag(help: "List the people in the archive.")
    var list = false

    @Flag(help: "Bring NAME back from the archive.")
    var restore = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if list && (restore || !name.isEmpty) { throw ValidationError("--list takes no name and no --restore") }
        if !list && name.isEmpty { throw ValidationError("say who to forget (a name or @ID), or use --list") }
    }

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let archive = ForgottenArchive(location: session.location)
        let store = try session.loadedStore()
        let wanted = name.joined(separator: " ")
        if list {
            let people = try archived(archive, store.network)
            if people.isEmpty { session.say(prompts.text("forget.listEmpty")) }
            for person in people {
                session.say(
                    session.style.handle("@" + person.contact.id) + "  "
                        + prompts.text(
                            "forget.listLine",
                            [
                                "name": ContactResolver.describe(person.contact),
                                "day": person.forgotten.description,
                            ]))
            }
            return
        }
        if restore {
            let people = try archived(archive, store.network)
            let archivedNetwork = Network(contacts: people.map(\.contact))
            let contact = try ContactResolver.contact(
                named: wanted, in: archivedNetwork, prompts: prompts,
                nobody: prompts.text("forget.notArchived", ["name": wanted]))
            guard let person = people.last(where: { $0.contact.id == contact.id }) else { return }
            var ids = ContactIDGenerator()
            let id = try store.update { network in
                session.archiveChange.restored = [person]
                let current = network
                return network.restore(person) { ids.next(avoiding: current) }
            }
            try archive.write(try archive.people().filter { $0 != person })
            session.sayWrapped(
                prompts.text("forget.restored", ["name": store.network.contact(id: id)?.name ?? contact.name]))
            return
        }
        let contact = try ContactResolver.contact(named: wanted, in: store.network, prompts: prompts)
        if !yes {
            let question = prompts.text(
                "forget.confirm", ["name": ContactResolver.describe(contact), "id": contact.id])
            guard try Confirmation.ask(question, session: session, needsYes: prompts.text("forget.needsYes")) else {
                session.say(prompts.text("forget.kept"))
                return
            }
        }
        try store.update { network in
            let person = try network.forget(contact.id, on: session.today)
            // The archive is written before the store: if it cannot be, nobody is removed.
            try archive.write(try archive.people() + [person])
            session.archiveChange.archived = [person]
        }
        session.sayWrapped(prompts.text("forget.done", ["name": contact.name]))
    }

    /// The archive without anyone who is back in the network (an undone forget).
    private func archived(_ archive: ForgottenArchive, _ network: Network) throws -> [ForgottenPerson] {
        try archive.people().filter { network.contact(id: $0.contact.id) == nil }
    }
}
