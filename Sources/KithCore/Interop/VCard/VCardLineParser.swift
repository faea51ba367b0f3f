import Foundation

/// Turns an unfolded line's bytes into a `VCardContentLine`: splits the name, group and
/// parameters from the value and decodes quoted-printable and `CHARSET=` values.
enum VCardLineParser {
    static func parse(_ logical: VCardLogicalLine) throws(VCardError) -> VCardContentLine {
        let bytes = logical.bytes
        guard let colon = headerEnd(bytes) else {
            let shown = SafeQuote.bytes(bytes)
            throw VCardError(line: logical.firstLine, reason: "the property line '\(shown)' has no colon")
        }
        let headerBytes = bytes[..<colon]
        if let bad = UTF8Validation.firstInvalidOffset(in: headerBytes) {
            throw VCardError(line: logical.physicalLine(atByte: bad), reason: "the text is not valid UTF-8")
        }
        let header = String(decoding: headerBytes, as: UTF8.self)
        var parts = splitOutsideQuotes(header, at: ";")
        let qualified = parts.removeFirst()
        var group: String?
        var name = qualified
        if let dot = qualified.firstIndex(of: ".") {
            group = String(qualified[..<dot])
            name = String(qualified[qualified.index(after: dot)...])
        }
        guard !name.isEmpty, !name.contains(" ") else {
            throw VCardError(line: logical.firstLine, reason: "'\(header)' is not a property name")
        }
        var line = VCardContentLine(
            group: group, name: name.uppercased(), parameterTexts: parts, value: "",
            wasQuotedPrintable: false, line: logical.firstLine)
        var valueBytes = Array(bytes[(colon + 1)...])
        let valueStart = colon + 1
        if line.parameter("ENCODING").contains("quoted-printable") {
            do {
                valueBytes = try QuotedPrintable.decode(valueBytes[...])
            } catch {
                throw VCardError(
                    line: logical.physicalLine(atByte: valueStart + error.offset),
                    reason: "bad quoted-printable sequence '\(error.text)' in \(line.name)")
            }
            line.wasQuotedPrintable = true
        }
        let charset = line.parameter("CHARSET").first ?? "utf-8"
        line.value = try decode(valueBytes, charset: charset, logical: logical,
                                valueStart: line.wasQuotedPrintable ? nil : valueStart, name: line.name)
        if line.wasQuotedPrintable {
            line.value = line.value.replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: "\r", with: "\n")
        }
        return line
    }

    /// The index of the colon that ends the name and parameters (colons inside quoted
    /// parameter values do not count).
    static func headerEnd(_ bytes: [UInt8]) -> Int? {
        var quoted = false
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == UInt8(ascii: ":"), !quoted { return index }
        }
        return nil
    }

    static func splitOutsideQuotes(_ text: String, at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == separator, !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    static func decode(
        _ bytes: [UInt8], charset: String, logical: VCardLogicalLine, valueStart: Int?, name: String
    ) throws(VCardError) -> String {
        switch charset {
        case "utf-8", "utf8", "us-ascii", "ascii":
            if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
                let line = valueStart.map { logical.physicalLine(atByte: $0 + bad) } ?? logical.firstLine
                throw VCardError(line: line, reason: "the value of \(name) is not valid UTF-8")
            }
            return String(decoding: bytes, as: UTF8.self)
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1":
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case "windows-1252", "cp1252":
            if let text = String(bytes: bytes, encoding: .windowsCP1252) { return text }
            throw VCardError(line: logical.firstLine, reason: "the value of \(name) is not valid windows-1252")
        default:
            throw VCardError(line: logical.firstLine, reason: "unsupported CHARSET=\(charset) in \(name)")
        }
    }
}
