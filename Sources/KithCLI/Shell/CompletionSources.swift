import ArgumentParser
import Foundation
import KithCore

/// What can be completed where: contact names and ids, action ids, tiers and formats. The
/// shell's TAB and the generated bash/zsh/fish scripts (through argument-parser's hidden
/// completion call, `kith ---completion …`) ask the same functions.
enum CompletionSources {
    /// Contact names whose folded form starts with the folded `prefix`, and `@ID`s (every id
    /// when `prefix` starts with "@").
    static func contacts(_ network: Network, prefix: String) -> [String] {
        if prefix.hasPrefix("@") {
            let wanted = prefix.dropFirst().lowercased()
            return network.contacts.map(\.id).filter { $0.hasPrefix(wanted) }.sorted().map { "@" + $0 }
        }
        let typed = TextFolding.fold(prefix)
        var seen = Set<String>()
        return network.contacts.map(\.name)
            .filter { TextFolding.fold($0).hasPrefix(typed) && seen.insert($0).inserted }
            .sorted()
    }

    /// The ids of today's open actions.
    static func openActionIDs(_ session: Session) -> [String] {
        guard let coach = try? session.coach() else { return [] }
        return coach.matches().actions().map(\.id)
    }

    /// The ids of the actions the user marked done, snoozed or dismissed (newest first).
    static func hiddenActionIDs(_ network: Network) -> [String] {
        network.actionLog.sorted { $0.on > $1.on }.map(\.id)
    }

    /// The tier names a person can get, and `none`.
    static func tiers(_ network: Network) -> [String] {
        network.settings.allTiers.keys.sorted() + ["none"]
    }

    /// The `--format` values of a command.
    static func formats(of command: String) -> [String] {
        switch command {
        case "export": return ExportCommand.Format.allCases.map(\.rawValue)
        case "graph": return GraphCommand.Format.allCases.map(\.rawValue)
        default: return []
        }
    }

    // MARK: For the generated completion scripts

    /// The session of a completion call, on the data folder of the line being parsed; nil when
    /// kith cannot start (then nothing is offered).
    private static func session() -> Session? {
        var context = CommandContext.process()
        if let environment = ParsingContext.current?.environment { context.environment = environment }
        return try? Session.make(context)
    }

    /// Completes a NAME argument with names and ids.
    static let names = CompletionKind.custom { _, _, prefix in
        guard let network = try? session()?.loadedStore().network else { return [] }
        return contacts(network, prefix: prefix)
    }

    /// Completes an action id with today's open actions.
    static let openActions = CompletionKind.custom { _, _, prefix in
        guard let session = session() else { return [] }
        return openActionIDs(session).filter { $0.hasPrefix(prefix) }
    }

    /// Completes an action id with the hidden (done, snoozed, dismissed) actions.
    static let hiddenActions = CompletionKind.custom { _, _, prefix in
        guard let network = try? session()?.loadedStore().network else { return [] }
        return hiddenActionIDs(network).filter { $0.hasPrefix(prefix) }
    }
}
