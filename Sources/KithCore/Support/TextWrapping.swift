/// Breaks text into lines of at most `width` columns at spaces, with a hanging indent: the
/// lines after the first start with `indent` spaces, so a list item's text lines up under its
/// first word. A word longer than a line is never cut; it gets a line of its own. Colour
/// escapes (`ESC [ … m`) and style marks (a code between U+FDD0 and U+FDD1, which the terminal
/// writer turns into escapes) take no columns. Line breaks already in the text are kept.
package struct TextWrapping: Sendable {
    package let width: Int
    package let indent: Int

    package init(width: Int, indent: Int = 0) {
        self.width = max(width, 20)
        self.indent = min(max(indent, 0), max(width, 20) / 2)
    }

    package func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0)) }
            .joined(separator: "\n")
    }

    private func wrapLine(_ line: String) -> String {
        guard Self.columns(line) > width else { return line }
        // The line's own leading spaces stay; the hanging indent counts from the margin.
        let leading = line.prefix { $0 == " " }
        let words = line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true)
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = String(leading)
        var used = leading.count
        var lineHasWord = false
        for word in words {
            let size = Self.columns(String(word))
            if lineHasWord && used + 1 + size > width {
                lines.append(current)
                current = pad + word
                used = indent + size
            } else {
                current += (lineHasWord ? " " : "") + word
                used += (lineHasWord ? 1 : 0) + size
            }
            lineHasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// `text` without colour escapes and style marks: what the terminal shows of it.
    package static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var end: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let closing = end {
                if scalar == closing { end = nil }
                continue
            }
            if scalar == "\u{1B}" {
                end = "m"
                continue
            }
            if scalar == styleMarkOpen {
                end = styleMarkClose
                continue
            }
            result.append(scalar)
        }
        return String(result)
    }

    static let styleMarkOpen = Unicode.Scalar(UInt32(0xFDD0))!
    static let styleMarkClose = Unicode.Scalar(UInt32(0xFDD1))!

    /// Columns `text` takes on a terminal: characters, not counting colour escapes or marks.
    static func columns(_ text: String) -> Int {
        var count = 0
        for scalar in visible(text).unicodeScalars {
            // Combining marks share the column of the letter before them.
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            count += scalar.properties.isEmojiPresentation || isWide(scalar) ? 2 : 1
        }
        return count
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
