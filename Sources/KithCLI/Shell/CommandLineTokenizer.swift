/// Splits a shell line into words: spaces separate, double quotes group ("Ana García"),
/// a single quote groups only when it opens a word (so "O'Brien" stays one word), and a
/// backslash escapes the next character.
enum CommandLineTokenizer {
    struct UnclosedQuote: Error, CustomStringConvertible {
        let quote: Character
        var description: String { "a \(quote) quote is not closed" }
    }

    static func words(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "\\":
                escaped = true
                inWord = true
            case "\"":
                quote = "\""
                inWord = true
            case "'" where !inWord:
                quote = "'"
                inWord = true
            case _ where character.isWhitespace:
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        if let quote { throw UnclosedQuote(quote: quote) }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }
}
