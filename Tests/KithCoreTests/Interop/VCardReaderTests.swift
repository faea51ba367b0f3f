import Foundation
import Testing

@testable import KithCore

@Suite struct VCardReaderTests {
    func read(_ text: String) throws -> [ImportedContact] {
        try VCardReader.read(Data(text.utf8)).contacts
    }

    @Test func googleExport() throws {
        let cards = try read(VCardFixtures.google)
        #expect(cards.count == 2)
        let maria = cards[0]
        #expect(maria.name == "María José García")
        #expect(maria.emails == ["mj.garcia@acme-robotics.example", "majo.garcia@gmail.example"])
        #expect(maria.phones == ["+34 612 345 678", "+34 91 123 4567"])
        #expect(maria.links == ["https://www.linkedin.com/in/mjgarcia", "https://majo.dev"])
        #expect(maria.company == "Acme Robotics")
        #expect(maria.role == "Head of Partnerships")
        #expect(maria.birthday == "1988-07-21")
        #expect(maria.tags == ["Robotics", "Madrid"])
        #expect(
            maria.notes == [
                ImportedText("Met at the Madrid robotics meetup, wants intros to logistics startups.\nLoves paella.")
            ])
        #expect(
            maria.vcardExtras == [
                "NICKNAME:Majo",
                "ADR;TYPE=work:;;Calle de Alcalá 42;Madrid;;28014;Spain",
                "item1.X-ABLABEL:LinkedIn",
                "item2.X-ABLABEL:",
            ])
        #expect(cards[1].name == "Tom O'Neil")
        #expect(cards[1].tags.isEmpty)
        #expect(cards[1].origin == "line 21")
    }

    @Test func appleExport() throws {
        let cards = try read(VCardFixtures.apple)
        #expect(cards.count == 1)
        let kenji = cards[0]
        #expect(kenji.name == "Kenji Nakamura")
        #expect(kenji.company == "Lumen Labs")
        #expect(kenji.role == "Staff Engineer")
        #expect(kenji.emails == ["kenji@lumenlabs.example", "kenji.n@icloud.example"])
        #expect(kenji.phones == ["+1 (415) 555-0142"])
        #expect(kenji.links == ["https://kenji.example/blog"])
        #expect(kenji.birthday == "--11-03")
        #expect(
            kenji.notes.map(\.text) == [
                "Knows everyone in the Bay Area climate-tech scene, happy to intro. Prefers Signal over e-mail."
            ])
        #expect(
            kenji.vcardExtras.contains(
                "PHOTO:data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2Q=="
            ))
        #expect(kenji.vcardExtras.contains("X-ABUID:2E4C1F0A-6A7B-4C2D-9E8F-1A2B3C4D5E6F:ABPerson"))
        #expect(
            kenji.vcardExtras.contains("X-SOCIALPROFILE;TYPE=linkedin;x-user=kenjin:https://www.linkedin.com/in/kenjin")
        )
        #expect(
            kenji.vcardExtras.contains(
                "item1.ADR;TYPE=home;PREF=1:;;500 Howard St;San Francisco;CA;94105;United States"))
        #expect(!kenji.vcardExtras.contains { $0.hasPrefix("PRODID") || $0.hasPrefix("VERSION") })
    }

    @Test func version21QuotedPrintableAndCharsets() throws {
        let cards = try read(VCardFixtures.v21)
        let jurgen = try #require(cards.first)
        #expect(jurgen.name == "Jürgen Müller")
        #expect(jurgen.phones == ["+49 170 1234567", "+49 30 9876543"])
        #expect(jurgen.emails == ["juergen@mueller-bau.example"])
        #expect(jurgen.company == "Müller Bau GmbH")
        #expect(jurgen.birthday == "1975-03-15")
        #expect(jurgen.notes.map(\.text) == ["Sprach über Bauanträge.\nZweite Zeile, die weitergeht."])
        #expect(jurgen.vcardExtras == ["X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Jürgi;1"])
    }

    @Test func version40() throws {
        let amara = try #require(try read(VCardFixtures.v40).first)
        #expect(amara.emails == ["amara@kijiji.example", "amara.okafor@mail.example", "amara@okafor.example"])
        #expect(amara.phones == ["+234-803-555-0199", "+234-1-555-0100"])
        #expect(
            amara.links == [
                "https://okafor.example", "https://kijiji.example/team/amara", "https://github.com/amaraokafor",
            ])
        #expect(amara.birthday == "--04-12")
        #expect(amara.tags == ["logistics", "Lagos, Nigeria", "investors"])
        #expect(amara.notes.map(\.text) == [#"Backslash \ semicolon ; comma , done"#])
        #expect(amara.vcardExtras == [#"X-KITH-TEST;TYPE="a:b":kept value"#, "GEO:geo:6.5244,3.3792"])
    }

    @Test func nameFromNWhenFNIsMissingAndGroupsAndTabFolds() throws {
        let text =
            "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;Q.;Dr.;\nwork.EMAIL;type=INTERNET:jane@\n\tdoe.example\nBDAY:19900102T000000Z\nEND:VCARD\n"
        let jane = try #require(try read(text).first)
        #expect(jane.name == "Dr. Jane Q. Doe")
        #expect(jane.emails == ["jane@doe.example"])
        #expect(jane.birthday == "1990-01-02")
    }

    @Test func unreadableBirthdayIsKeptAsExtra() throws {
        let text = "BEGIN:VCARD\nFN:A\nBDAY;VALUE=text:circa 1800\nEND:VCARD\n"
        let card = try #require(try read(text).first)
        #expect(card.birthday == nil)
        #expect(card.vcardExtras == ["BDAY;VALUE=text:circa 1800"])
    }

    func failure(_ text: String) -> ImportProblem? {
        failure(Data(text.utf8))
    }

    /// The first card skipped (or the whole-file error) when `data` is read.
    func failure(_ data: Data) -> ImportProblem? {
        do {
            return try VCardReader.read(data, source: "contacts.vcf").skipped.first
        } catch {
            return ImportProblem(source: error.source, line: error.line, reason: error.reason)
        }
    }

    @Test func truncatedCardNamesItsFirstLine() throws {
        let text = "BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEMAIL:b@x.example\n"
        let error = try #require(failure(text))
        #expect(error.line == 4)
        #expect(error.description.contains("contacts.vcf, line 4"))
        #expect(error.description.contains("no END:VCARD"))
        #expect(try VCardReader.read(Data(text.utf8)).contacts.map(\.name) == ["A"])
    }

    func warnings(_ data: Data) throws -> [ImportProblem] {
        try VCardReader.read(data, source: "contacts.vcf").warnings
    }

    @Test func badQuotedPrintableIsKeptAsWrittenWithAWarning() throws {
        let text =
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nNOTE;ENCODING=QUOTED-PRINTABLE:abc=\r\ndef=G1\r\nEND:VCARD\r\n"
        let contents = try VCardReader.read(Data(text.utf8))
        #expect(contents.warnings.map(\.line) == [5])
        #expect(contents.warnings.first?.reason.contains("=G1") == true)
        #expect(contents.contacts.first?.notes.map(\.text) == ["abcdef=G1"])
    }

    @Test func undeclaredEightBitTextIsReadAsWindows1252WithAWarning() throws {
        var data = Data("BEGIN:VCARD\nVERSION:4.0\nFN:A\nNOTE:caf".utf8)
        data.append(contentsOf: [0xE9, 0x80, 0x0A])
        data.append(Data("END:VCARD\n".utf8))
        let contents = try VCardReader.read(data)
        #expect(contents.contacts.first?.notes.map(\.text) == ["café€"])
        #expect(contents.warnings.map(\.line) == [4])
        #expect(contents.warnings.first?.reason.contains("Windows-1252") == true)
    }

    @Test func eightBitTextInAFoldedLineNamesThePhysicalLine() throws {
        var data = Data("BEGIN:VCARD\nFN:A\nNOTE:one\n two ".utf8)
        data.append(contentsOf: [0xFF, 0x0A])
        data.append(Data("END:VCARD\n".utf8))
        #expect(try warnings(data).map(\.line) == [4])
    }

    @Test func anUnknownCharsetIsReadAsWindows1252WithAWarning() throws {
        var data = Data("BEGIN:VCARD\nFN;CHARSET=X-NOTHING:Jos".utf8)
        data.append(contentsOf: [0xE9, 0x0A])
        data.append(Data("END:VCARD\n".utf8))
        let contents = try VCardReader.read(data)
        #expect(contents.contacts.map(\.name) == ["José"])
        #expect(contents.warnings.first?.reason.contains("x-nothing") == true)
    }

    @Test func missingColonSkipsOnlyItsCard() throws {
        let text = "BEGIN:VCARD\nFN:A\nEMAIL a@b.example\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\n"
        let error = try #require(failure(text))
        #expect(error.line == 3)
        #expect(error.reason.contains("no colon"))
        #expect(error.reason.contains("card that begins on line 1 was skipped"))
        #expect(try VCardReader.read(Data(text.utf8)).contacts.map(\.name) == ["B"])
    }

    @Test func nestingProblemsSkipTheirLines() throws {
        #expect(failure("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\nEND:VCARD\n")?.line == 1)
        #expect(failure("END:VCARD\n")?.line == 1)
        #expect(failure("FN:A\n")?.line == 1)
        #expect(failure("BEGIN:VCARD\nFN:A\nEND:VCALENDAR\n")?.line == 3)
        #expect(failure("")?.reason.contains("no vCard") == true)
    }

    @Test func aBrokenCardLeavesTheOthers() throws {
        let contents = try VCardReader.read(Data((VCardFixtures.google + "BEGIN:VCARD\nFN:C\n").utf8))
        #expect(contents.contacts.map(\.name) == ["María José García", "Tom O'Neil"])
        #expect(contents.skipped.count == 1)
    }
}
