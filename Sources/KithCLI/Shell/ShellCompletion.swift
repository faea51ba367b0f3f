import KithCore
import KithLineEditing

/// What TAB offers in the shell: command names for the first word, then subcommand names and
/// contact names (quoted when they hold spaces).
struct ShellCompletion {
    let commandNames: [String]
    let subcommandNames: [String: [String]]
    let contactNames: () -> [String]

    func candidates(lineUpToCursor line: String) -> [String] {
        let word = CompletionWord.word(in: line)
        let before = line.dropLast(word.count)
        let previous = (try? CommandLineTokenizer.words(String(before))) ?? []
        if previous.isEmpty {
            return commandNames.filter { $0.hasPrefix(word) }
        }
        var options: [String] = []
        if previous.count == 1, let subcommands = subcommandNames[previous[0]] {
            options += subcommands.filter { $0.hasPrefix(word) }
        }
        let typed = TextFolding.fold(word.hasPrefix("\"") ? String(word.dropFirst()) : word)
        for name in contactNames() where TextFolding.fold(name).hasPrefix(typed) {
            options.append(name.contains(" ") || word.hasPrefix("\"") ? "\"\(name)\"" : name)
        }
        return options
    }
}
