/// One content line of a vCard file after unfolding, as bytes, with the physical lines it
/// came from (for error messages).
struct VCardLogicalLine {
    var bytes: [UInt8]
    /// (offset in `bytes`, 1-based physical line) for each piece joined into this line.
    var pieces: [(offset: Int, line: Int)]

    var firstLine: Int { pieces.first?.line ?? 1 }

    /// The physical line holding byte `offset` of `bytes`.
    func physicalLine(atByte offset: Int) -> Int {
        pieces.last { $0.offset <= offset }?.line ?? firstLine
    }

    /// True when the property's parameters say its value is quoted-printable (vCard 2.1).
    var isQuotedPrintable: Bool {
        let colon = bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.endIndex
        let header = String(decoding: bytes[..<colon], as: UTF8.self).uppercased()
        return header.contains("QUOTED-PRINTABLE")
    }
}

/// Splits a vCard file into unfolded content lines.
///
/// Physical lines end with LF or CRLF. A line that starts with a space or tab continues the
/// previous one (RFC 6350 §3.2; the one whitespace character is removed). A quoted-printable
/// value that ends with `=` (a vCard 2.1 soft line break) continues on the next line. Blank
/// lines are skipped.
enum VCardLogicalLines {
    static func split(_ data: [UInt8]) -> [VCardLogicalLine] {
        var result: [VCardLogicalLine] = []
        var current: VCardLogicalLine?
        var lineNumber = 0
        var start = data.startIndex
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), equals = UInt8(ascii: "=")
        while start < data.endIndex {
            lineNumber += 1
            let newline = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            var end = newline
            if end > start, data[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let physical = data[start..<end]
            start = newline < data.endIndex ? newline + 1 : data.endIndex

            if var open = current, open.bytes.last == equals, open.isQuotedPrintable {
                open.bytes.removeLast()
                open.pieces.append((open.bytes.count, lineNumber))
                open.bytes.append(contentsOf: physical)
                current = open
                continue
            }
            if physical.isEmpty { continue }
            if let first = physical.first, first == space || first == tab, var open = current {
                open.pieces.append((open.bytes.count, lineNumber))
                open.bytes.append(contentsOf: physical.dropFirst())
                current = open
                continue
            }
            if let open = current { result.append(open) }
            let trimmed = physical.drop { $0 == space || $0 == tab }
            if trimmed.isEmpty { continue }
            current = VCardLogicalLine(bytes: Array(trimmed), pieces: [(0, lineNumber)])
        }
        if let open = current { result.append(open) }
        return result
    }
}
