import KithCore

/// The names a user may type for a command: the commands themselves, short forms (`ls`,
/// `q`), a Spanish question typed as a command, and a suggestion for a typo.
enum CommandNames {
    /// Short forms and their commands.
    static let aliases: [String: [String]] = [
        "ls": ["contacts"],
        "q": ["quit"],
    ]

    /// Every command name, in the order `help` lists them.
    static var commands: [String] { Kith.commands.map { $0._commandName } }

    /// `words` with a short form replaced by its command ("ls" → "contacts"), and a Spanish
    /// question ("quién puede ayudar con …") given to `who`.
    static func expanded(_ words: [String]) -> [String] {
        guard let first = words.first else { return words }
        let folded = TextFolding.fold(first)
        if folded == "quien" { return ["who"] + words }
        if let replacement = aliases[first] { return replacement + words.dropFirst() }
        return words
    }

    /// The command `word` most likely meant: the nearest name at most two edits away.
    static func suggestion(for word: String, among names: [String] = commands + ["help", "quit"]) -> String? {
        let typed = TextFolding.fold(word)
        guard !typed.isEmpty else { return nil }
        if let prefixed = names.first(where: { $0.hasPrefix(typed) && typed.count >= 2 }) { return prefixed }
        let scored = names.map { ($0, distance(typed, $0)) }.filter { $0.1 <= min(2, max(1, typed.count / 2)) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// The edit distance (insert, delete, replace, swap two neighbours) between two words.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }

    /// "Error: unknown command 'tody'. Did you mean 'today'?" (or the plain message).
    static func unknownMessage(_ word: String, prompts: PromptBook) -> String {
        let values = ["command": SafeQuote.text(word)]
        if let suggestion = suggestion(for: word) {
            return prompts.text("shell.didYouMean", values.merging(["suggestion": suggestion]) { a, _ in a })
        }
        return prompts.text("shell.unknown", values)
    }
}
