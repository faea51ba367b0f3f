/// Untrusted text made safe to show inside a message: control characters (which could move
/// the cursor or recolour the terminal) and bidirectional overrides become `\u{…}` escapes,
/// invalid UTF-8 has already become U+FFFD, and a quote is cut with an ellipsis.
package enum SafeQuote {
    /// A short quote of `text`, at most `limit` characters.
    package static func text(_ text: String, limit: Int = 40) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                out += "…"
                break
            }
            count += 1
            append(scalar, to: &out)
        }
        return out
    }

    /// A whole message that may quote untrusted text: line breaks and tabs are kept, other
    /// unsafe characters escaped; nothing is cut.
    package static func message(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" {
                out.unicodeScalars.append(scalar)
            } else {
                append(scalar, to: &out)
            }
        }
        return out
    }

    /// Bytes read from a file, quoted as text (invalid UTF-8 as U+FFFD).
    package static func bytes<Bytes: Collection>(_ bytes: Bytes, limit: Int = 40) -> String
    where Bytes.Element == UInt8 {
        text(String(decoding: bytes.prefix(limit * 4), as: UTF8.self), limit: limit)
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        if isUnsafe(scalar) {
            out += "\\u{" + String(scalar.value, radix: 16) + "}"
        } else {
            out.unicodeScalars.append(scalar)
        }
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.generalCategory == .control { return true }
        // Bidirectional embeddings, overrides and isolates can make a message read backwards.
        return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
