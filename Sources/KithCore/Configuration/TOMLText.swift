/// TOML spelling of keys and values, for the lines kith writes into the configuration file.
enum TOMLText {
    /// True for the characters of a bare key: ASCII letters, digits, `_` and `-`.
    static func isBareKeyCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A)
            || ascii == 0x5F || ascii == 0x2D
    }

    /// A key as written: bare when it can be, else a basic string.
    static func key(_ key: String) -> String {
        !key.isEmpty && key.allSatisfy(isBareKeyCharacter) ? key : string(key)
    }

    /// A dotted key path as written (`tiers.close`, `tag-tiers."old friends"`).
    static func path(_ path: [String]) -> String {
        path.map(key).joined(separator: ".")
    }

    /// A basic string with `"`, `\` and control characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The text of a quoted key with its simple escapes undone (enough to find keys by name).
    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

/// A value kith writes into the configuration file.
public enum TOMLLiteral: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case strings([String])

    /// The value as TOML text.
    var text: String {
        switch self {
        case .string(let value): return TOMLText.string(value)
        case .integer(let value): return String(value)
        case .strings(let values): return "[" + values.map(TOMLText.string).joined(separator: ", ") + "]"
        }
    }
}
