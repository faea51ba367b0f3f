/// Folding of vCard and iCalendar content lines (RFC 6350 §3.2, RFC 5545 §3.1).
///
/// Lines longer than 75 octets are split; each continuation starts with one space. Splits fall
/// between Unicode scalars, so a multi-byte UTF-8 sequence is never cut. Lines end with CRLF.
public enum ContentLineFolding {
    /// The longest a physical line may be, in octets, without its CRLF.
    public static let maxOctets = 75

    /// `line` folded into physical lines joined by CRLF, without a final CRLF.
    public static func fold(_ line: String) -> String {
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
    public static func document(_ lines: [String]) -> String {
        lines.map { fold($0) + "\r\n" }.joined()
    }
}
