/// Folding of vCard and iCalendar content lines (RFC 6350 §3.2, RFC 5545 §3.1).
///
/// Lines longer than 75 octets are split; each continuation starts with one space. Splits fall
/// between Unicode scalars, so a multi-byte UTF-8 sequence is never cut. Lines end with CRLF.
package enum ContentLineFolding {
    /// The longest a physical line may be, in octets, without its CRLF.
    package static let maxOctets = 75

    /// `line` folded into physical lines joined by CRLF, without a final CRLF.
    package static func fold(_ line: String) -> String {
        if line.utf8.count <= maxOctets { return line }
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var octets = 0
        var limit = maxOctets
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > limit {
                pieces.append(String(current))
                current = String.UnicodeScalarView()
                current.append(" ")
                octets = 1
                limit = maxOctets
            }
            current.append(scalar)
            octets += width
        }
        pieces.append(String(current))
        return pieces.joined(separator: "\r\n")
    }

    /// Content lines folded and each ended with CRLF: a whole vCard or iCalendar text.
    package static func document(_ lines: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 2 } * 21 / 20)
        for line in lines {
            appendFolded(line, to: &bytes)
            bytes.append(13)
            bytes.append(10)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `fold(line)` as UTF-8, appended to `bytes`: a break goes before the byte that would pass
    /// the limit, moved back to the start of its scalar (never inside a multi-byte sequence).
    static func appendFolded(_ line: String, to bytes: inout [UInt8]) {
        var octets = 0
        var limit = maxOctets
        for byte in line.utf8 {
            let startsScalar = byte & 0xC0 != 0x80
            if startsScalar {
                let width = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                if octets + width > limit {
                    bytes.append(13)
                    bytes.append(10)
                    bytes.append(32)
                    octets = 1
                    limit = maxOctets
                }
            }
            bytes.append(byte)
            octets += 1
        }
    }
}

/// Content lines written as UTF-8 into one buffer, each escaped (`ContentTextEscaping`) and
/// folded (`ContentLineFolding`) as it is appended, without intermediate strings.
struct ContentLineBuffer {
    private var bytes: [UInt8] = []
    private var octets = 0

    mutating func reserve(_ capacity: Int) { bytes.reserveCapacity(capacity) }

    /// One content line: `prefix` as it is, then `value` escaped as TEXT; ended with CRLF.
    mutating func line(_ prefix: String, escaping value: String? = nil) {
        octets = 0
        for byte in prefix.utf8 { put(byte) }
        if let value {
            var previousWasCR = false
            for byte in value.utf8 {
                switch byte {
                case 0x5C, 0x2C, 0x3B:
                    put(0x5C)
                    put(byte)
                case 0x0D:
                    put(0x5C)
                    put(0x6E)
                case 0x0A:
                    if !previousWasCR {
                        put(0x5C)
                        put(0x6E)
                    }
                default:
                    put(byte)
                }
                previousWasCR = byte == 0x0D
            }
        }
        bytes.append(13)
        bytes.append(10)
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func put(_ byte: UInt8) {
        if byte & 0xC0 != 0x80 {
            let width = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            if octets + width > ContentLineFolding.maxOctets {
                bytes.append(13)
                bytes.append(10)
                bytes.append(32)
                octets = 1
            }
        }
        bytes.append(byte)
        octets += 1
    }
}
