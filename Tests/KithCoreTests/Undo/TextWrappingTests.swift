import KithCore
import Testing

/// Wrapping breaks between words, never inside one, and lines continuations up.
@Suite struct TextWrappingTests {
    @Test func breaksAtSpacesWithAHangingIndent() {
        let text = "[abc123] Introduce Luis Pardo and Marta Ruiz: Luis needs security cameras for his shop."
        let wrapped = TextWrapping(width: 40, indent: 9).wrap(text)
        let lines = wrapped.split(separator: "\n").map(String.init)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("         ") && !$0.hasPrefix("          ") })
        // Joining the lines again gives the words back, in order, none cut.
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") == text)
    }

    @Test func shortLinesLongWordsColoursAndBreaksAreKept() {
        #expect(TextWrapping(width: 80).wrap("short line") == "short line")
        let long = String(repeating: "x", count: 50)
        #expect(TextWrapping(width: 30, indent: 2).wrap("a \(long) b") == "a\n  \(long)\n  b")
        let coloured = "\u{1B}[36m[abc123]\u{1B}[0m " + String(repeating: "word ", count: 4) + "end"
        #expect(TextWrapping(width: 32).wrap(coloured) == coloured)
        #expect(TextWrapping(width: 20).wrap("one\n\ntwo") == "one\n\ntwo")
    }

    @Test func styleMarksTakeNoColumns() {
        // kith's own emphasis reaches the wrapper as marks the terminal writer turns into escapes.
        let open = String(Unicode.Scalar(UInt32(0xFDD0))!)
        let close = String(Unicode.Scalar(UInt32(0xFDD1))!)
        let handle = open + "36" + close + "[abc123]" + open + "0" + close
        #expect(TextWrapping.visible(handle + " text") == "[abc123] text")
        let marked = handle + " " + String(repeating: "word ", count: 4) + "end"
        #expect(TextWrapping(width: 32).wrap(marked) == marked)
        let wrapped = TextWrapping(width: 30, indent: 9).wrap(
            handle + " " + String(repeating: "word ", count: 8) + "end")
        #expect(
            wrapped.split(separator: "\n").dropFirst().allSatisfy {
                $0.hasPrefix("         ") && !$0.hasPrefix("          ")
            })
        #expect(wrapped.split(separator: "\n").allSatisfy { TextWrapping.visible(String($0)).count <= 30 })
    }
}
