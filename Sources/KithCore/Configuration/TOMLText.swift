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

    /// The text of a basic-string key with its escapes undone.
    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\", let code = scalars.next() else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch code {
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "b": out += "\u{8}"
            case "f": out += "\u{C}"
            case "u", "U":
                var hex = ""
                for _ in 0..<(code == "u" ? 4 : 8) {
                    if let digit = scalars.next() { hex.unicodeScalars.append(digit) }
                }
                if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) {
                    out.unicodeScalars.append(decoded)
                }
            default: out.unicodeScalars.append(code)
            }
        }
        return out
    }
}

/// A value kith writes into the configuration file.
package enum TOMLLiteral: Hashable, Sendable {
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
