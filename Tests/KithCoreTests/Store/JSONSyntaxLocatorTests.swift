import Testing

@testable import KithCore

@Suite struct JSONSyntaxLocatorTests {
    private func problem(_ text: String) -> JSONSyntaxLocator.Problem? {
        JSONSyntaxLocator.firstProblem(in: Array(text.utf8))
    }

    @Test(arguments: [
        #"{"a": 1, "b": [true, false, null], "c": {"d": -1.5e+3}, "e": "\u00e9\n\"x\""}"#,
        "  [ ]  ",
        "\n\"just text\"\n",
        "0",
        #"{"ñandú": "José"}"#,
    ])
    func validJSONHasNoProblem(text: String) {
        #expect(problem(text) == nil)
    }

    @Test(arguments: [
        // A trailing comma in an object: the '}' is where a field name was expected.
        ("{\n  \"a\": 1,\n}", 3, 1, "expected a field name in double quotes but found '}'"),
        // A trailing comma in a list.
        ("[1, 2,]", 1, 7, "expected a value but found ']'"),
        // A missing comma between fields.
        ("{\"a\": 1\n \"b\": 2}", 2, 2, "expected ',' or '}' but found '\"'"),
        // Single quotes are not JSON.
        ("{'a': 1}", 1, 2, "expected a field name in double quotes but found '''"),
        // A missing colon.
        ("{\"a\" 1}", 1, 6, "expected ':' after a field name but found '1'"),
        // A string that is never closed is reported where it opens.
        ("{\"a\": \"oops}", 1, 7, "a string that is never closed"),
        // A raw line break inside a string.
        ("[\"one\ntwo\"]", 1, 6, "a control character (such as a raw line break) inside a string"),
        // The document stops early.
        ("{\"a\": [1, 2]", 1, 13, "the file ends inside an object (missing '}')"),
        ("[1, 2", 1, 6, "the file ends inside a list (missing ']')"),
        ("{\"a\":", 1, 6, "the file ends where a value was expected"),
        // Two documents, or junk after one.
        ("{}\n{}", 2, 1, "unexpected text after the end of the document"),
        // Words that are almost literals, bare words, bad numbers and escapes.
        ("[True]", 1, 2, "expected a value but found 'T'"),
        ("[nul]", 1, 2, "expected a value but found 'n'"),
        ("name: Ana", 1, 1, "expected a value but found 'n'"),
        ("[01]", 1, 3, "expected ',' or ']' but found '1'"),
        ("[1.]", 1, 2, "a malformed number"),
        ("[-]", 1, 2, "a malformed number"),
        ("[\"a\\x\"]", 1, 4, "unknown escape '\\x' in a string"),
        ("[\"\\u12\"]", 1, 3, "a \\u escape needs four hex digits"),
        ("", 1, 1, "the file is empty"),
        ("  \n\t ", 2, 3, "the file is empty"),
    ])
    func commonMistakesAreLocated(text: String, line: Int, column: Int, reason: String) {
        #expect(problem(text) == .init(line: line, column: column, reason: reason))
    }

    @Test func columnsCountCharactersNotBytes() {
        // "ñandú" takes 7 bytes but 5 columns; the stray 'x' is at column 14.
        let found = problem("{\"ñandú\": 1 x}")
        #expect(found?.line == 1)
        #expect(found?.column == 13)
    }

    @Test func invalidUTF8IsReportedWhereItStarts() {
        let bytes: [UInt8] = Array("{\n  \"name\": \"".utf8) + [0xFF, 0xFE] + Array("\"}".utf8)
        #expect(
            JSONSyntaxLocator.firstProblem(in: bytes)
                == .init(line: 2, column: 12, reason: "the text is not valid UTF-8"))
    }

    @Test func deepNestingIsAProblemNotACrash() {
        let text = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(problem(text)?.reason == "nested too deeply")
    }

    @Test func theDescriptionSaysLineAndColumn() {
        #expect(problem("[1,]")?.description == "line 1, column 4: expected a value but found ']'")
    }
}
