/// Decoding of quoted-printable values (RFC 2045 §6.7), as vCard 2.1 uses them.
enum QuotedPrintable {
    /// A bad `=XY` sequence at byte `offset` of the input.
    struct BadSequence: Error {
        var offset: Int
        var text: String
    }

    /// The decoded bytes. Soft line breaks must already be removed; a lone `=` at the very end
    /// is ignored.
    static func decode(_ bytes: ArraySlice<UInt8>) throws(BadSequence) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "=") else {
                result.append(byte)
                index += 1
                continue
            }
            if index + 1 == bytes.endIndex { break }
            guard let high = hexValue(bytes[index + 1]),
                index + 2 < bytes.endIndex,
                let low = hexValue(bytes[index + 2])
            else {
                let end = min(index + 3, bytes.endIndex)
                throw BadSequence(
                    offset: index - bytes.startIndex,
                    text: String(decoding: bytes[index..<end], as: UTF8.self))
            }
            result.append(high << 4 | low)
            index += 3
        }
        return result
    }

    /// The decoded bytes, with every bad `=` sequence kept as written, and the first bad one.
    static func decodeLeniently(_ bytes: ArraySlice<UInt8>) -> ([UInt8], BadSequence?) {
        var result: [UInt8] = []
        var firstBad: BadSequence?
        var rest = bytes
        while true {
            do {
                result += try decode(rest)
                return (result, firstBad)
            } catch {
                let badStart = rest.startIndex + error.offset
                if firstBad == nil { firstBad = BadSequence(offset: badStart - bytes.startIndex, text: error.text) }
                result += (try? decode(rest[..<badStart])) ?? []
                result.append(UInt8(ascii: "="))
                rest = rest[(badStart + 1)...]
            }
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
