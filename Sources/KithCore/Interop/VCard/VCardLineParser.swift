import Foundation

/// Turns an unfolded line's bytes into a `VCardContentLine`: splits the name, group and
/// parameters from the value and decodes quoted-printable and `CHARSET=` values.
///
/// A value that cannot be decoded as declared is still read, with a warning: a bad
/// quoted-printable sequence keeps the value as written; an unknown charset, or undeclared
/// 8-bit text that is not UTF-8, is read as Windows-1252.
enum VCardLineParser {
    static func parse(_ logical: VCardLogicalLine, warnings: inout [ImportProblem]) throws(VCardError)
        -> VCardContentLine
    {
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
            throw VCardError(line: logical.firstLine, reason: "'\(SafeQuote.text(header))' is not a property name")
        }
        var line = VCardContentLine(
            group: group, name: name.uppercased(), parameterTexts: parts, value: "",
            wasQuotedPrintable: false, line: logical.firstLine)
        var valueBytes = Array(bytes[(colon + 1)...])
        let valueStart = colon + 1
        if line.parameter("ENCODING").contains("quoted-printable") {
            let (decoded, bad) = QuotedPrintable.decodeLeniently(valueBytes[...])
            valueBytes = decoded
            if let bad {
                warnings.append(
                    ImportProblem(
                        line: logical.physicalLine(atByte: valueStart + bad.offset),
                        reason:
                            "bad quoted-printable sequence '\(SafeQuote.text(bad.text))' in \(line.name); it is kept as written"
                    ))
            }
            line.wasQuotedPrintable = true
        }
        let start = line.wasQuotedPrintable ? nil : valueStart
        line.value = decode(
            valueBytes, charset: line.parameter("CHARSET").first, logical: logical,
            valueStart: start, name: line.name, warnings: &warnings)
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

    /// The value's text in its declared charset (UTF-8 when none), else read as Windows-1252
    /// with a warning.
    static func decode(
        _ bytes: [UInt8], charset: String?, logical: VCardLogicalLine, valueStart: Int?, name: String,
        warnings: inout [ImportProblem]
    ) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        let line =
            valueStart.map { start in
                logical.physicalLine(atByte: start + (UTF8Validation.firstInvalidOffset(in: bytes) ?? 0))
            } ?? logical.firstLine
        if let charset {
            guard let encoding = TextEncodings.encoding(named: charset) else {
                warnings.append(
                    ImportProblem(
                        line: line,
                        reason:
                            "CHARSET=\(SafeQuote.text(charset)) of \(name) is not a known encoding; read as Windows-1252"
                    ))
                return TextEncodings.windows1252(bytes)
            }
            if let text = TextEncodings.decode(bytes, as: encoding) { return text }
            warnings.append(
                ImportProblem(
                    line: line,
                    reason: "the value of \(name) is not valid \(SafeQuote.text(charset)); read as Windows-1252"))
            return TextEncodings.windows1252(bytes)
        }
        if UTF8Validation.firstInvalidOffset(in: bytes) == nil { return String(decoding: bytes, as: UTF8.self) }
        warnings.append(
            ImportProblem(
                line: line, reason: "the value of \(name) is not UTF-8 and names no CHARSET; read as Windows-1252"))
        return TextEncodings.windows1252(bytes)
    }
}
