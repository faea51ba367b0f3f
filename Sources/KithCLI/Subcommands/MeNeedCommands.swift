import ArgumentParser
import KithCore

/// `kith me need add TEXT`.
struct MeNeedAddCommand: KithCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add something you need.")

    @Argument(help: "What you need, e.g. a tax adviser.")
    var text: [String]

    func run(in session: Session) throws {
        let need = TextFolding.tidy(text.joined(separator: " "))
        try session.loadedStore().update { network in try network.addMyNeed(need, today: session.today) }
        session.say("Added your need '\(need)'. 'kith today' suggests whom to ask when someone you know can help.")
    }
}

/// `kith me need solved TEXT [--by NAME]`.
struct MeNeedSolvedCommand: KithCommand {
    static let configuration = CommandConfiguration(commandName: "solved", abstract: "Mark one of your needs as met.")

    @Argument(help: "The need, or a part of its text that only one open need contains.")
    var text: [String]

    @Option(help: "Who solved it (a contact's name or any text).")
    var by: String?

    func run(in session: Session) throws {
        let store = try session.loadedStore()
        let solver = by.map { SolverName.resolve($0, in: store.network) }
        let wanted = text.joined(separator: " ")
        let solved = try store.update { network -> String in
            let before = network.me.needs
            try network.solveMyNeed(wanted, by: solver, today: session.today)
            return zip(before, network.me.needs).first { $0.isOpen && !$1.isOpen }?.1.text ?? wanted
        }
        session.say("Solved your need '\(solved)'\(solver.map { " (by \($0))" } ?? "").")
    }
}

/// `kith me need remove TEXT`.
struct MeNeedRemoveCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove one of your needs (open or solved).")

    @Argument(help: "The need's full text.")
    var text: [String]

    func run(in session: Session) throws {
        let need = text.joined(separator: " ")
        let removed = try session.loadedStore().update { network -> String in
            let before = network.me.needs
            try network.removeMyNeed(need)
            return before.first { !network.me.needs.contains($0) }?.text ?? need
        }
        session.say("Removed your need '\(removed)'.")
    }
}
