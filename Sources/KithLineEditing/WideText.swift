import Glibc

/// Conversions between Swift strings and libedit's wide (UTF-32 `wchar_t`) text.
enum WideText {
    /// The Unicode scalars of `text` as a NUL-terminated `wchar_t` array.
    static func wide(_ text: String) -> [wchar_t] {
        text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    /// The string held by `count` wide characters at `start`; invalid values become U+FFFD.
    static func string(from start: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for offset in 0..<max(count, 0) {
            let value = UInt32(bitPattern: start[offset])
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The string between two pointers into the same wide buffer.
    static func string(from start: UnsafePointer<wchar_t>, to end: UnsafePointer<wchar_t>) -> String {
        string(from: start, count: end - start)
    }
}
