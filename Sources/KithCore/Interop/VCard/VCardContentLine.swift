import Foundation

/// One parsed vCard property: `group.NAME;PARAM=value:value`.
struct VCardContentLine {
    /// The group before the dot (`item1` in `item1.EMAIL`), if any.
    var group: String?
    /// The property name, uppercased.
    var name: String
    /// The parameters as written (`TYPE=work`, or a bare `WORK` in vCard 2.1).
    var parameterTexts: [String]
    /// The value, with any quoted-printable encoding and charset decoded, still escaped.
    var value: String
    /// True when the value was quoted-printable, so it holds real line breaks.
    var wasQuotedPrintable: Bool
    /// The first physical line of the property.
    var line: Int

    /// The values of parameter `name` (case-insensitive), lowercased; a bare 2.1 parameter
    /// such as `WORK` counts as `TYPE=work`, and `QUOTED-PRINTABLE` as an `ENCODING`.
    func parameter(_ name: String) -> [String] {
        let wanted = name.uppercased()
        var values: [String] = []
        for text in parameterTexts {
            let (key, value) = VCardContentLine.splitParameter(text)
            if key == wanted {
                values += VCardContentLine.splitParameterValues(value)
            }
        }
        return values.map { $0.lowercased() }
    }

    /// `(NAME, value)` for `NAME=value`; a bare word is a TYPE, or an ENCODING/CHARSET.
    static func splitParameter(_ text: String) -> (String, String) {
        if let equals = text.firstIndex(of: "=") {
            return (text[..<equals].uppercased(), String(text[text.index(after: equals)...]))
        }
        switch text.uppercased() {
        case "QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT": return ("ENCODING", text)
        default: return ("TYPE", text)
        }
    }

    /// `a,"b,c",d` → `a`, `b,c`, `d`.
    static func splitParameterValues(_ text: String) -> [String] {
        var values: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                values.append(current)
                current = ""
            default: current.append(character)
            }
        }
        values.append(current)
        return values.filter { !$0.isEmpty }
    }

    /// The property as one unfolded vCard 4.0 line, for keeping it: the decoded value (line
    /// breaks of a quoted-printable value as `\n`), its group, and its parameters rewritten in
    /// 4.0 form (see `VCardParameters`).
    var keptText: String {
        var value = self.value
        if wasQuotedPrintable {
            value = value.replacingOccurrences(of: "\r\n", with: "\\n")
                .replacingOccurrences(of: "\n", with: "\\n")
        }
        let (parameters, media) = VCardParameters.modern(parameterTexts)
        if let media { value = "data:\(media);base64,\(value)" }
        let head = ([(group.map { $0 + "." } ?? "") + name] + parameters).joined(separator: ";")
        return head + ":" + value
    }
}
