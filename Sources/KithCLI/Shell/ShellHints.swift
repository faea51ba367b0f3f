/// Inside the shell, commands are typed without "kith ": the hints kith prints there drop it
/// ("run 'kith today'" reads "run 'today'").
enum ShellHints {
    /// `text` with "kith " removed after an opening quote when a command name follows.
    static func withoutPrefix(_ text: String) -> String {
        guard text.contains("kith ") else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "kith ") {
            let before = rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let opensQuote = before.last.map { "'\"«`".contains($0) } ?? false
            let word = after.prefix { $0.isLetter || $0 == "-" }
            // 'kith demo' is run from outside the shell, so it keeps its prefix.
            let isCommand =
                (CommandNames.commands.contains(String(word)) || ["help", "quit"].contains(String(word)))
                && word != "demo"
            result += before
            if !(opensQuote && isCommand) { result += "kith " }
            rest = after
        }
        return result + rest
    }
}
