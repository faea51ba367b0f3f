import Foundation

/// Writes a `SolverAnswerCache` in its file format (see there) into one buffer of exactly the
/// file's size: tens of thousands of answers are saved after a change, and a buffer grown by
/// doubling, then copied into `Data`, held up to three times the file at once.
extension SolverAnswerCache {
    /// The file's bytes (needs sorted, so equal caches give equal files).
    package func encoded() -> Data {
        let needs = answers.keys.sorted()
        var counter = ByteCounter()
        write(needs, to: &counter)
        // The footer: "E", a tab, at most 16 hex digits and a newline.
        let capacity = counter.count + 19
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 1)
        var writer = ByteWriter(buffer: buffer)
        write(needs, to: &writer)
        let sum = Self.checksum(
            UnsafeBufferPointer(
                start: buffer.baseAddress?.assumingMemoryBound(to: UInt8.self),
                count: writer.count))
        writer.put("E\t\(String(sum, radix: 16))\n")
        guard let base = buffer.baseAddress else { return Data() }
        return Data(bytesNoCopy: base, count: writer.count, deallocator: .custom { pointer, _ in pointer.deallocate() })
    }

    /// Every line before the footer.
    private func write<Sink: ByteSink>(_ needs: [String], to out: inout Sink) {
        out.put("\(Self.magic) \(Self.version) \(String(fingerprint, radix: 16))\n")
        for need in needs {
            out.put("N\t")
            out.putEscaped(need)
            out.append(UInt8(ascii: "\n"))
            for hit in answers[need] ?? [] {
                out.put("H\t")
                out.put(hit.kind.code)
                out.append(0x09)
                out.put(String(hit.contactPosition ?? -1))
                out.append(0x09)
                out.put(String(hit.score.bitPattern, radix: 16))
                out.append(0x09)
                out.putEscaped(hit.contactID)
                out.append(0x09)
                out.putEscaped(hit.reason)
                out.append(0x09)
                out.put(String(hit.confidence.bitPattern, radix: 16))
                out.append(0x09)
                out.put(hit.strength?.rawValue ?? "-")
                for concept in hit.concepts {
                    out.append(0x09)
                    out.putEscaped(concept)
                }
                out.append(UInt8(ascii: "\n"))
            }
        }
    }
}

/// Where the file's bytes go: counted first, then written.
private protocol ByteSink {
    mutating func append(_ byte: UInt8)
}

extension ByteSink {
    mutating func put(_ text: String) {
        for byte in text.utf8 { append(byte) }
    }

    /// `SolverAnswerCache.escape(text)`'s bytes: the escaped characters are ASCII, so no byte
    /// of a longer UTF-8 sequence is mistaken for one.
    mutating func putEscaped(_ text: String) {
        for byte in text.utf8 {
            let escaped: UInt8
            switch byte {
            case UInt8(ascii: "\\"): escaped = byte
            case 0x09: escaped = UInt8(ascii: "t")
            case 0x0A: escaped = UInt8(ascii: "n")
            case 0x0D: escaped = UInt8(ascii: "r")
            default:
                append(byte)
                continue
            }
            append(UInt8(ascii: "\\"))
            append(escaped)
        }
    }
}

private struct ByteCounter: ByteSink {
    var count = 0
    mutating func append(_ byte: UInt8) { count += 1 }
}

private struct ByteWriter: ByteSink {
    let buffer: UnsafeMutableRawBufferPointer
    var count = 0
    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }
}
