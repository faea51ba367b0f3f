import Foundation
import Testing

@testable import KithCore

@Suite struct DebriefFileReaderTests {
    private func read(_ text: String) throws -> [DebriefFileReader.Entry] {
        try DebriefFileReader.read(Data(text.utf8), path: "in.json")
    }

    private func failure(_ entry: DebriefFileReader.Entry) -> String? {
        if case .failure(let error) = entry.result { return error.reason }
        return nil
    }

    private func record(_ entry: DebriefFileReader.Entry) -> DebriefRecord? {
        try? entry.result.get()
    }

    @Test func anArrayOfRecords() throws {
        let entries = try read(
            """
            [{"name": "Ana", "met": "2026-11-01", "needs": ["a designer", " ", "funding"], "offers": "tax advice",
              "knows": [], "promises": null, "notes": "  likes tea ", "email": "ana@example.com", "phone": " ",
              "company": "Acme", "role": "CTO", "kind": "call", "tags": ["vip"], "birthday": "--02-29", "context": " bar "},
             {"name": "Bea"}]
            """)
        #expect(entries.map(\.number) == [1, 2])
        #expect(entries.map(\.line) == [nil, nil])
        let ana = try #require(record(entries[0]))
        #expect(ana.name == "Ana")
        #expect(ana.met == day("2026-11-01"))
        #expect(ana.needs == ["a designer", "funding"])
        #expect(ana.offers == ["tax advice"])
        #expect(ana.promises.isEmpty)
        #expect(ana.notes == "likes tea")
        #expect(ana.context == "bar")
        #expect(ana.email == "ana@example.com")
        #expect(ana.phone == nil)
        #expect(ana.kind == .call)
        #expect(ana.birthday == "--02-29")
        #expect(record(entries[1])?.name == "Bea")
    }

    @Test func aSingleObject() throws {
        let entries = try read("\u{FEFF}  {\"name\": \"  Ana   García \"}\n")
        #expect(entries.count == 1)
        #expect(record(entries[0])?.name == "Ana García")
    }

    @Test func jsonLinesWithBadLines() throws {
        let entries = try read(
            """
            {"name": "Ana"}

            {"name": "Bea", "met": "yesterday"}
            {"name": "Carl"
            {"name": "Dana"}\r
            """)
        #expect(entries.map(\.number) == [1, 2, 3, 4])
        #expect(entries.map(\.line) == [1, 3, 4, 5])
        #expect(record(entries[0])?.name == "Ana")
        #expect(failure(entries[1]) == "'met' must be a date in the form YYYY-MM-DD, not 'yesterday'")
        #expect(failure(entries[2]) == "invalid JSON at column 16: the file ends inside an object (missing '}')")
        #expect(record(entries[3])?.name == "Dana")
    }

    @Test(arguments: [
        (#"{"context": "no name"}"#, "the field 'name' is missing or empty"),
        (#"{"name": "   "}"#, "the field 'name' is missing or empty"),
        (#"{"name": 5}"#, "'name' must be text"),
        (#"{"name": "Ana", "met": "2026-02-30"}"#, "'met' must be a date in the form YYYY-MM-DD, not '2026-02-30'"),
        (#"{"name": "Ana", "needs": [1]}"#, "'needs' item 1 must be text"),
        (#"{"name": "Ana", "offers": {"a": 1}}"#, #"'offers' must be a list of text, like ["…", "…"]"#),
        (#"{"name": "Ana", "birthday": "31/12"}"#, "'birthday' must be YYYY-MM-DD or --MM-DD, not '31/12'"),
        (#"{"name": "Ana", "notes": ["a"]}"#, "'notes' must be text"),
        (#"["just text"]"#, #"expected an object like {"name": "…"}"#),
    ])
    func badRecordsSayWhy(text: String, reason: String) throws {
        let entries = try read(text.hasPrefix("[") ? text : "[\(text)]")
        #expect(entries.count == 1)
        #expect(failure(entries[0]) == reason)
    }

    @Test func unknownFieldsAreNamed() throws {
        let entries = try read(#"{"name": "Ana", "colour": "red", "age": 3}"#)
        let reason = try #require(failure(entries[0]))
        #expect(reason.hasPrefix("unknown field 'age'"))
        #expect(reason.contains("known fields: name, met"))
    }

    @Test(arguments: [
        ("name: Ana\n", "invalid JSON at line 1, column 1: expected a value but found 'n'"),
        (
            "[{\"name\": \"Ana\"},\n {\"name\": \"Bo\" \"x\"}]",
            "invalid JSON at line 2, column 16: expected ',' or '}' but found '\"'"
        ),
        (
            "{\"name\": \"Ana\"} {\"name\": \"Bea\"}\n",
            "invalid JSON at line 1, column 17: unexpected text after the end of the document"
        ),
        ("  \n ", "the file is empty"),
        ("", "the file is empty"),
    ])
    func aFileThatIsNotJSONIsOneError(text: String, reason: String) {
        #expect(throws: DebriefFileReader.FileError(path: "in.json", reason: reason)) { try read(text) }
    }

    @Test func invalidUTF8IsLocated() {
        let bytes = Data("[{\"name\": \"".utf8) + Data([0xC3, 0x28]) + Data("\"}]".utf8)
        let error = #expect(throws: DebriefFileReader.FileError.self) {
            try DebriefFileReader.read(bytes, path: "bad.json")
        }
        #expect(
            error?.description
                == "cannot import bad.json: invalid JSON at line 1, column 12: the text is not valid UTF-8; nothing was imported"
        )
    }
}
