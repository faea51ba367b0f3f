/// Quoting of Graphviz DOT identifiers and labels.
enum DOTEscaping {
    /// `text` as a double-quoted DOT string: `"` and `\` are escaped and line breaks become
    /// `\n`, so no text can end the string or run a label escape such as `\N`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
