import Foundation
import KithCore
import Testing

/// `kith import` of address books as a new user brings them: broken cards skipped with their
/// line, the rest saved; `--strict`; a folder of cards.
@Suite struct AddressBookImportTests {
    static let twoGoodOneBroken = """
        BEGIN:VCARD\nVERSION:3.0\nFN:Good First\nEND:VCARD
        BEGIN:VCARD\nVERSION:3.0\nFN:Broken Middle\nEMAIL broken@example.com\nEND:VCARD
        BEGIN:VCARD\nVERSION:3.0\nFN:Good Last\nEND:VCARD\n
        """

    @Test func aBrokenCardIsSkippedAndTheOthersSavedWithExitOne() throws {
        let home = try KithHome()
        try home.write(Self.twoGoodOneBroken, to: "book.vcf")
        let result = try home.run(["import", "book.vcf"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("added    Good First"))
        #expect(result.stdout.contains("added    Good Last"))
        #expect(
            result.stderr.contains(
                "skipped  book.vcf, line 8: the property line 'EMAIL broken@example.com' has no colon"),
            "\(result.stderr)")
        #expect(result.stdout.contains("book.vcf: added 2, updated 0, skipped 1"))
        #expect(try home.loadNetwork().contacts.map(\.name) == ["Good First", "Good Last"])
    }

    @Test func strictSavesNothingWhenACardIsSkipped() throws {
        let home = try KithHome()
        try home.write(Self.twoGoodOneBroken, to: "book.vcf")
        let result = try home.run(["import", "--strict", "book.vcf"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--strict: nothing was saved"))
        #expect(!FileManager.default.fileExists(atPath: home.location.storeFile.path))
        let clean = try home.write("BEGIN:VCARD\nFN:Only One\nEND:VCARD\n", to: "clean.vcf")
        #expect(try home.run(["import", "--strict", clean]).status == 0)
        #expect(try home.loadNetwork().contacts.map(\.name) == ["Only One"])
    }

    @Test func strictDebriefsAreAllOrNothing() throws {
        let home = try KithHome()
        let file = try home.write(#"[{"name": "Ann"}, {"name": 5}]"#, to: "d.json")
        let result = try home.run(["import", "--strict", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--strict"))
        #expect(!FileManager.default.fileExists(atPath: home.location.storeFile.path))
    }

    @Test func aFolderImportsEveryVCardFile() throws {
        let home = try KithHome()
        try FileManager.default.createDirectory(
            at: home.folder.appendingPathComponent("cards"), withIntermediateDirectories: true)
        try home.write("BEGIN:VCARD\nVERSION:3.0\nUID:a\nFN:Ann Able\nEND:VCARD\n", to: "cards/a.vcf")
        try home.write("BEGIN:VCARD\nVERSION:3.0\nUID:b\nFN:Ben Baker\nEND:VCARD\n", to: "cards/b.VCF")
        try home.write("not a card", to: "cards/readme.txt")
        let result = try home.run(["import", "cards"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try home.loadNetwork().contacts.map(\.name).sorted() == ["Ann Able", "Ben Baker"])
        try FileManager.default.createDirectory(
            at: home.folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let empty = try home.run(["import", "empty"])
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("empty holds no .vcf file"))
    }

    @Test func problemsAreShownWithoutControlCharacters() throws {
        let home = try KithHome()
        try home.write(
            Data("BEGIN:VCARD\nFN:Eve\nNOTE\u{1b}[2J\rwiped:x\nEND:VCARD\nBEGIN:VCARD\nFN:Mallory\nEND:VCARD\n".utf8),
            to: "evil.vcf")
        let result = try home.run(["import", "evil.vcf"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\\u{1b}[2J"))
        #expect(!(result.stdout + result.stderr).unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(try home.loadNetwork().contacts.map(\.name) == ["Mallory"])
    }

    @Test func warningsDoNotFailTheImport() throws {
        let home = try KithHome()
        var data = Data("BEGIN:VCARD\r\nFN:Jos".utf8)
        data.append(contentsOf: [0xE9])
        data.append(Data("\r\nEND:VCARD\r\n".utf8))
        try home.write(data, to: "latin.vcf")
        let result = try home.run(["import", "latin.vcf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "warning  latin.vcf, line 2: the value of FN is not UTF-8 and names no CHARSET; read as Windows-1252"))
        #expect(try home.loadNetwork().contacts.map(\.name) == ["José"])
    }

    @Test(arguments: [
        (
            "people.jsonl",
            #"{"name": "Ana Ruiz", "met": "2026-11-20", "context": "lunch", "email": "ana@ruiz.example"}"# + "\n"
                + #"{"name": "Ben Ortiz", "met": "2026-11-21", "needs": ["a flat"]}"# + "\n"
        ),
        (
            "book.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:x-1\r\nFN:Ana Ruiz\r\nEMAIL;TYPE=work:ana@ruiz.example\r\n"
                + "REV:2026-01-01T00:00:00Z\r\nNICKNAME:Anita\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Ortiz\r\nEND:VCARD\r\n"
        ),
        (
            "Connections.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ana,Ruiz,https://www.linkedin.com/in/ana,,Acme,CTO,15 Mar 2024\n"
                + "Ana,Ruiz,https://www.linkedin.com/in/ana-2,,Acme,Designer,16 Mar 2024\n"
        ),
    ])
    func importingTheSameFileTwiceChangesNothing(name: String, text: String) throws {
        let home = try KithHome()
        try home.write(text, to: name)
        #expect(try home.run(["import", name]).status == 0)
        let once = try home.loadNetwork()
        let again = try home.run(["import", name])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("unchanged"), "\(again.stdout)")
        #expect(
            !again.stdout.split(separator: "\n").contains { $0.hasPrefix("added ") || $0.hasPrefix("updated ") },
            "\(again.stdout)")
        #expect(try home.loadNetwork() == once)
        #expect(once.contacts.allSatisfy { $0.interactions.allSatisfy { $0.kind != .connected } })
    }

    @Test func dryRunShowsEveryDecision() throws {
        let home = try KithHome()
        try home.importDebriefs(
            #"{"name": "John Smith", "email": "john@alpha.example"}"# + "\n" + #"{"name": "Lena Park"}"#)
        try home.write(
            """
            BEGIN:VCARD\nFN:John Smith\nEMAIL:jsmith@beta.example\nEND:VCARD
            BEGIN:VCARD\nFN:Lena Park\nEMAIL:lena@park.example\nEND:VCARD
            BEGIN:VCARD\nFN:Other\nEMAIL:john@alpha.example\nEND:VCARD\n
            """, to: "phone.vcf")
        let result = try home.run(["import", "--dry-run", "phone.vcf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added    John Smith"))
        #expect(
            result.stdout.contains("possible duplicate: John Smith (dry-run-1) is kept apart from John Smith ("),
            "\(result.stdout)")
        #expect(result.stdout.contains("because their e-mails differ"))
        #expect(result.stdout.contains("updated  Lena Park (matched by name): e-mail lena@park.example"))
        #expect(result.stdout.contains("unchanged John Smith (matched by e-mail john@alpha.example)"))
        #expect(result.stdout.contains("would add 1, would update 1, skipped 0, unchanged 1"))
    }
}
