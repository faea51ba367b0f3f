import KithLineEditing

/// Emphasis and colour for what kith prints: on only when standard output is a terminal, the
/// `NO_COLOR` variable is unset or empty (https://no-color.org) and `TERM` is not `dumb`.
/// Piped output, files and JSON are always plain.
struct TextStyle {
    let enabled: Bool

    static let plain = TextStyle(enabled: false)

    /// The style for standard output in `environment`, when it `isTerminal` or not.
    static func forStandardOutput(_ environment: [String: String], isTerminal: Bool) -> TextStyle {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        return TextStyle(enabled: isTerminal && !noColor && !dumb)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? TerminalText.styled(text, code: code) : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    /// For ids and other handles the user types back.
    func handle(_ text: String) -> String { wrap(text, "36") }
    /// For secondary details.
    func faint(_ text: String) -> String { wrap(text, "2") }
}
