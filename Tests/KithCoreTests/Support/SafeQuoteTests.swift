import Testing

@testable import KithCore

struct SafeQuoteTests {
    @Test func controlCharactersAndOverridesAreEscapedAndLongTextIsCut() {
        #expect(SafeQuote.text("a\u{1B}[31mred\u{7}") == "a\\u{1b}[31mred\\u{7}")
        #expect(SafeQuote.text("abc\u{202E}def") == "abc\\u{202e}def")
        #expect(SafeQuote.text("José 👩‍💻 Ñ") == "José 👩‍💻 Ñ")
        #expect(SafeQuote.text(String(repeating: "x", count: 50), limit: 10) == "xxxxxxxxxx…")
        #expect(SafeQuote.bytes([0x41, 0xFF, 0x0A, 0x42]) == "A\u{FFFD}\\u{a}B")
    }

    @Test func messagesKeepTheirLineBreaksAndTabs() {
        #expect(
            SafeQuote.message("Error: bad\n\tline \u{1B}]0;title\u{7}") == "Error: bad\n\tline \\u{1b}]0;title\\u{7}")
    }
}
