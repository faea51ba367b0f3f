/// Escaping of TEXT values in vCard and iCalendar content lines (RFC 6350 §3.4, RFC 5545 §3.3.11).
package enum ContentTextEscaping {
    /// `\` → `\\`, `,` → `\,`, `;` → `\;`, and any line break → `\n`.
    package static func escape(_ text: String) -> String {
        // Most texts have nothing to escape: they are returned as they are.
        if !text.utf8.contains(where: { $0 == 0x5C || $0 == 0x2C || $0 == 0x3B || $0 == 0x0A || $0 == 0x0D }) {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Undoes `escape`: `\n` and `\N` become a newline; `\x` becomes `x` for `,;:\` and for a
    /// double quote (Gmail writes `\"`); any other backslash is kept as written (some exporters
    /// leave stray ones).
    package static func unescape(_ text: Substring) -> String {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let next = iterator.next() else {
                result += "\\"
                break
            }
            switch next {
            case "n", "N": result += "\n"
            case ",", ";", ":", "\\", "\"": result.unicodeScalars.append(next)
            default:
                result += "\\"
                result.unicodeScalars.append(next)
            }
        }
        return result
    }

    /// Splits `text` at every `separator` not preceded by a backslash, without unescaping.
    package static func split(_ text: Substring, at separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        var escaped = false
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == separator {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        parts.append(text[start..<text.endIndex])
        return parts
    }

    /// Splits at unescaped `separator` and unescapes each part.
    package static func splitAndUnescape(_ text: Substring, at separator: Character) -> [String] {
        split(text, at: separator).map { unescape($0) }
    }
}
