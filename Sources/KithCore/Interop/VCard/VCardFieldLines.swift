/// Reads the parts of a kept, unfolded content line (`item1.EMAIL;TYPE=work:jane@x.example`).
enum VCardFieldLines {
    /// The properties whose imported lines are kept in `Contact.vcardFields`.
    static let kept: Set<String> = ["UID", "N", "ORG", "TITLE", "BDAY", "EMAIL", "TEL", "URL"]
    /// The ones of those a card has once; a newer card replaces them.
    static let singleValued: Set<String> = ["UID", "N", "ORG", "TITLE", "BDAY"]

    /// The header (group, name and parameters) and the value.
    static func split(_ line: String) -> (header: Substring, value: Substring) {
        var quoted = false
        for index in line.indices {
            let character = line[index]
            if character == "\"" { quoted.toggle() }
            if character == ":", !quoted {
                return (line[..<index], line[line.index(after: index)...])
            }
        }
        return (Substring(line), "")
    }

    /// The property name, uppercased, without group or parameters.
    static func name(of line: String) -> String {
        let head = split(line).header.prefix { $0 != ";" }
        let name = head.split(separator: ".", maxSplits: 1).last ?? head
        return name.uppercased()
    }

    /// The group (`item1`), if any.
    static func group(of line: String) -> String? {
        let head = split(line).header.prefix { $0 != ";" }
        guard let dot = head.firstIndex(of: ".") else { return nil }
        return String(head[..<dot])
    }

    /// The raw (still escaped) value.
    static func value(of line: String) -> Substring {
        split(line).value
    }

    /// The first kept line for property `name`.
    static func first(_ name: String, in lines: [String]) -> String? {
        lines.first { self.name(of: $0) == name }
    }
}
