import KithCore
import KithLineEditing

/// What TAB offers in the shell, by context: command names for the first word; subcommands;
/// `--format` values; action ids after done, why, snooze and dismiss (hidden ones after undo);
/// tiers after `tier NAME`; otherwise contact names (quoted when they hold spaces) and `@ID`s.
struct ShellCompletion {
    let commandNames: [String]
    let subcommandNames: [String: [String]]
    let network: () -> Network?
    let openActionIDs: () -> [String]

    /// Commands whose argument is an open action's id.
    static let actionCommands: Set<String> = ["done", "why", "snooze", "dismiss"]

    func candidates(lineUpToCursor line: String) -> [String] {
        let word = CompletionWord.word(in: line)
        let before = line.dropLast(word.count)
        var previous = (try? CommandLineTokenizer.words(String(before))) ?? []
        if previous.first == "kith" { previous.removeFirst() }
        if previous.isEmpty {
            return (commandNames + CommandNames.aliases.keys.sorted()).filter { $0.hasPrefix(word) }
        }
        previous = CommandNames.expanded(previous)
        let command = previous[0]
        let arguments = previous.dropFirst().filter { !$0.hasPrefix("-") }
        if previous.last == "--format" {
            return CompletionSources.formats(of: command).filter { $0.hasPrefix(word) }
        }
        if word.hasPrefix("-") { return [] }
        if Self.actionCommands.contains(command) {
            return arguments.isEmpty ? openActionIDs().filter { $0.hasPrefix(word) } : []
        }
        if command == "undo" {
            guard arguments.isEmpty, let network = network() else { return [] }
            return CompletionSources.hiddenActionIDs(network).filter { $0.hasPrefix(word) }
        }
        guard let network = network() else { return [] }
        if command == "tier", arguments.count == 1, !previous.contains("--tag") {
            return CompletionSources.tiers(network).filter { $0.hasPrefix(word) }
        }
        var options: [String] = []
        if previous.count == 1, let subcommands = subcommandNames[command] {
            options += subcommands.filter { $0.hasPrefix(word) }
        }
        let quoted = word.hasPrefix("\"")
        for name in CompletionSources.contacts(network, prefix: quoted ? String(word.dropFirst()) : word) {
            options.append(!name.hasPrefix("@") && (name.contains(" ") || quoted) ? "\"\(name)\"" : name)
        }
        return options
    }

    /// In the debrief's "who do they know?": the names of contacts that start like the line
    /// typed so far, each as the text that replaces the word under the cursor.
    static func knownPeople(lineUpToCursor line: String, network: Network) -> [String] {
        let typed = TextFolding.fold(line)
        guard !typed.isEmpty else { return [] }
        let word = CompletionWord.word(in: line)
        let wordStart = line.count - word.count
        return CompletionSources.contacts(network, prefix: line)
            .filter { !$0.hasPrefix("@") && $0.count >= wordStart }
            .map { String($0.dropFirst(wordStart)) }
    }
}
