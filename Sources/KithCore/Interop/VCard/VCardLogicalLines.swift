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
/// Physical lines end with LF, CRLF, a lone CR, or any run of CRs before an LF (older iPhones
/// write CR CR LF). A line that starts with a space or tab continues the previous one (RFC 6350
/// §3.2; the one whitespace character is removed). A quoted-printable value that ends with `=`
/// (a vCard 2.1 soft line break) continues on the next line. Blank lines are skipped.
enum VCardLogicalLines {
    /// The physical lines of `data` (without their ends), each with its 1-based number.
    static func physicalLines(_ data: [UInt8]) -> [(line: Int, bytes: ArraySlice<UInt8>)] {
        var lines: [(Int, ArraySlice<UInt8>)] = []
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        var start = data.startIndex
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            guard byte == cr || byte == lf else {
                index += 1
                continue
            }
            lines.append((lines.count + 1, data[start..<index]))
            if byte == lf {
                index += 1
            } else {
                while index < data.endIndex, data[index] == cr { index += 1 }
                if index < data.endIndex, data[index] == lf { index += 1 }
            }
            start = index
        }
        if start < data.endIndex { lines.append((lines.count + 1, data[start...])) }
        return lines
    }

    static func split(_ data: [UInt8]) -> [VCardLogicalLine] {
        var result: [VCardLogicalLine] = []
        var current: VCardLogicalLine?
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        let equals = UInt8(ascii: "=")
        for (lineNumber, physical) in physicalLines(data) {
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
