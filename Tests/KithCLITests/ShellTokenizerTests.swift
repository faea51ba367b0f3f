import Testing

@testable import KithCLI

@Suite struct ShellTokenizerTests {
    @Test(arguments: [
        ("contact Ana", ["contact", "Ana"]),
        ("  contact   Ana  García  ", ["contact", "Ana", "García"]),
        ("contact \"Ana García\"", ["contact", "Ana García"]),
        ("contact 'Ana García'", ["contact", "Ana García"]),
        ("contact O'Brien", ["contact", "O'Brien"]),
        ("contact Zoë O'Brien-Smith", ["contact", "Zoë", "O'Brien-Smith"]),
        ("contact \"Dan \\\"the man\\\" Li\"", ["contact", "Dan \"the man\" Li"]),
        ("contact Ana\\ García", ["contact", "Ana García"]),
        ("contact a\\\\b", ["contact", "a\\b"]),
        ("contact 'it\\s'", ["contact", "it\\s"]),
        ("say \"\"", ["say", ""]),
        ("say ab\"cd ef\"gh", ["say", "abcd efgh"]),
        ("tab\tseparated", ["tab", "separated"]),
        ("trailing\\", ["trailing\\"]),
        ("", []),
        ("   ", []),
    ])
    func splitsWords(line: String, expected: [String]) throws {
        #expect(try CommandLineTokenizer.words(line) == expected)
    }

    @Test(arguments: [("contact \"Ana", "\""), ("contact 'Ana", "'"), ("a \"b\\\"", "\"")])
    func anUnclosedQuoteIsAnError(line: String, quote: Character) {
        let error = #expect(throws: CommandLineTokenizer.UnclosedQuote.self) { try CommandLineTokenizer.words(line) }
        #expect(error?.quote == quote)
        #expect(error?.description == "a \(quote) quote is not closed")
    }
}
