/// Escaping of user text placed in Markdown, so a name or note cannot break the layout.
enum MarkdownEscaping {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#"]

    /// `text` with Markdown's special characters backslash-escaped, a leading list or
    /// heading marker neutralised, and line breaks turned into indented continuation lines
    /// (`indent`), so the text stays inside its list item.
    static func escape(_ text: String, indent: String = "  ") -> String {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return lines.map(escapeLine).joined(separator: "\n" + indent)
    }

    static func escapeLine(_ line: Substring) -> String {
        var result = ""
        for character in line {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        // "- x", "+ x", "1. x" at the start would start a new list.
        if let first = result.first, first == "-" || first == "+" {
            result = "\\" + result
        } else if let dot = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
            dot != result.startIndex, result[dot] == "." || result[dot] == ")"
        {
            result.insert("\\", at: dot)
        }
        return result
    }
}
