import Foundation
import Testing

/// `kith import` of debrief records: good ones are saved, bad ones reported by number.
@Suite struct ImportCommandTests {
    @Test func aJSONArrayWithGoodAndBadRecords() throws {
        let home = try KithHome()
        let file = try home.write(
            """
            [{"name": "Ana García", "needs": ["a designer"], "met": "2026-11-01"},
             {"context": "no name"},
             {"name": 5},
             {"name": "Bob", "met": "2026-02-30"},
             {"name": "Carl", "colour": "red"},
             {"name": "Dana", "offers": "tax advice"}]
            """, to: "people.json")
        let result = try home.run(["import", file])
        #expect(result.status == 1)
        #expect(result.stdout.contains("added    Ana García"))
        #expect(result.stdout.contains("imported 2 of 6 records (2 new, 0 updated, 4 rejected, 0 unchanged)"))
        #expect(result.stderr.contains("record 2: the field 'name' is missing or empty"))
        #expect(result.stderr.contains("record 3: 'name' must be text"))
        #expect(result.stderr.contains("record 4: 'met' must be a date in the form YYYY-MM-DD, not '2026-02-30'"))
        #expect(result.stderr.contains("record 5: unknown field 'colour'"))
        let network = try home.loadNetwork()
        #expect(network.contacts.map(\.name) == ["Ana García", "Dana"])
        #expect(network.contacts[0].interactions.map(\.date.description) == ["2026-11-01"])
        #expect(network.contacts[1].interactions.map(\.date.description) == ["2026-11-23"])
    }

    @Test func aSingleObjectImportsCleanly() throws {
        let home = try KithHome()
        let result = try home.run([
            "import", try home.write(#"{"name": "Fred", "email": "fred@example.com"}"#, to: "one.json"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try home.loadNetwork().contacts.first?.emails == ["fred@example.com"])
    }

    @Test func jsonLinesReportLineNumbersAndAKnownNameMerges() throws {
        let home = try KithHome()
        #expect(
            try home.run(["import", try home.write(#"{"name": "José García", "needs": ["a flat"]}"#, to: "a.json")])
                .status == 0)
        let file = try home.write(
            """
            {"name": "Eve"}
            {"name": "jose

            {"name": "JOSE GARCIA", "needs": ["A Flat", "money"], "met": "2026-11-22"}
            {"name": "Zed", "met": "22/11/2026"}
            """, to: "b.jsonl")
        let result = try home.run(["import", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("record 2 (line 2): invalid JSON at column 10: a string that is never closed"))
        #expect(result.stderr.contains("record 4 (line 5): 'met' must be a date"))
        #expect(result.stdout.contains("updated  José García (new meeting)"))
        let network = try home.loadNetwork()
        #expect(network.contacts.map(\.name) == ["José García", "Eve"])
        #expect(network.contacts[0].needs.map(\.text) == ["a flat", "money"])
        #expect(network.contacts[0].interactions.map(\.date.description) == ["2026-11-22", "2026-11-23"])
    }

    @Test(arguments: [
        ("name: Ana\n", "line 1, column 1"),
        ("[{\"name\": \"Ana\"},\n {\"name\": \"Bo\" \"x\"}]", "line 2, column 16"),
        ("", "the file is empty"),
    ])
    func aFileThatIsNotJSONImportsNothing(text: String, mention: String) throws {
        let home = try KithHome()
        let file = try home.write(text, to: "bad.json")
        let result = try home.run(["import", file])
        #expect(result.status != 0)
        #expect(result.stderr.contains(file))
        #expect(result.stderr.contains(mention), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was imported"))
        #expect(home.bytes(home.location.storeFile) == nil)
    }

    @Test func invalidUTF8IsRefusedWithItsPosition() throws {
        let home = try KithHome()
        let file = try home.write(Data("{\"name\": \"".utf8) + Data([0xFF, 0xFE]) + Data("\"}".utf8), to: "bad.json")
        let result = try home.run(["import", file])
        #expect(result.status != 0)
        #expect(result.stderr.contains("line 1, column 11: the text is not valid UTF-8"))
        #expect(home.bytes(home.location.storeFile) == nil)
    }

    @Test func onlyBadRecordsWriteNothing() throws {
        let home = try KithHome()
        let result = try home.run(["import", try home.write(#"[{"nom": "x"}]"#, to: "bad.json")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("imported 0 of 1 records"))
        #expect(home.entries().isEmpty)
    }

    @Test func dryRunSavesNothing() throws {
        let home = try KithHome()
        let result = try home.run(["import", "--dry-run", try home.write(#"{"name": "Ana"}"#, to: "a.json")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("would import 1 of 1 records"))
        #expect(home.bytes(home.location.storeFile) == nil)
    }

    @Test func aMissingFileIsNamed() throws {
        let home = try KithHome()
        let result = try home.run(["import", "/nonexistent/people.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot read /nonexistent/people.json: no such file"))
    }
}
