import Foundation
import Testing

@testable import KithCore

/// Real address books: each failure kind as one minimal file, and every shared real-world export.
@Suite struct TolerantReadingTests {
    func read(_ path: String) throws -> AddressBookContents {
        try VCardReader.read(try FixtureFiles.data(path), source: path)
    }

    @Test func carriageReturnsBeforeLineFeeds() throws {
        let contents = try read("vcard/cr-cr-lf.vcf")
        #expect(contents.contacts.map(\.name) == ["Ada Lovelace", "Charles Babbage"])
        #expect(contents.contacts[0].emails == ["ada@example.org"])
        #expect(contents.contacts[0].notes.map(\.text) == ["first line\nsecondline folded"])
        #expect(contents.skipped.isEmpty && contents.warnings.isEmpty)
    }

    @Test func undeclaredWindows1252() throws {
        let contents = try read("vcard/windows-1252-undeclared.vcf")
        let card = try #require(contents.contacts.first)
        #expect(card.name == "José Núñez")
        #expect(card.company == "Café Müller")
        #expect(card.notes.map(\.text) == ["Price 5€ – fair"])
        #expect(contents.warnings.map(\.line) == [3, 4, 5])
        #expect(contents.warnings.allSatisfy { $0.reason.contains("Windows-1252") })
    }

    @Test func declaredCharsetsEvenOnPropertiesKithKeepsAsTheyAre() throws {
        let contents = try read("vcard/windows-1251-declared.vcf")
        let card = try #require(contents.contacts.first)
        #expect(card.name == "Иван Иванов")
        #expect(card.vcardExtras.contains("LABEL:Αθήνα"))
        #expect(contents.warnings.isEmpty)
    }

    @Test func shiftJIS() throws {
        let contents = try read("vcard/shift-jis.vcf")
        #expect(contents.contacts.map(\.name) == ["山田 太郎"])
        #expect(contents.warnings.isEmpty)
    }

    @Test(arguments: ["vcard/utf-16-bom.vcf", "vcard/utf-8-bom.vcf"])
    func byteOrderMarks(_ path: String) throws {
        let contents = try read(path)
        #expect(contents.contacts.map(\.name) == ["Zoë Ångström"])
        #expect(contents.skipped.isEmpty)
    }

    @Test func aNestedAgentCardIsKeptAsText() throws {
        let contents = try read("vcard/agent-nested.vcf")
        #expect(contents.contacts.map(\.name) == ["John Doe", "Jane Roe"])
        #expect(contents.contacts[0].emails == ["john@example.com"])
        let agent = try #require(contents.contacts[0].vcardExtras.first { $0.hasPrefix("AGENT:") })
        #expect(agent.contains("FN:Fred Friday"))
        #expect(agent.hasSuffix("END:VCARD"))
        #expect(contents.skipped.isEmpty)
    }

    @Test func badQuotedPrintableKeepsTheValueAndTheOtherCards() throws {
        let contents = try read("vcard/bad-quoted-printable.vcf")
        #expect(contents.contacts.map(\.name) == ["Ann One", "Bob Two"])
        #expect(contents.contacts[0].company == "Café =XY Ltd")
        #expect(contents.warnings.map(\.line) == [4])
        #expect(
            contents.warnings[0].description.hasPrefix(
                "vcard/bad-quoted-printable.vcf, line 4: bad quoted-printable sequence '=XY'"))
    }

    @Test func aBrokenCardIsSkippedWithItsLineAndReason() throws {
        let contents = try read("vcard/broken-card.vcf")
        #expect(contents.contacts.map(\.name) == ["Good First", "Good Last"])
        #expect(contents.skipped.map(\.line) == [8])
        #expect(contents.skipped[0].reason.contains("has no colon"))
        #expect(contents.skipped[0].reason.contains("begins on line 5"))
    }

    @Test func aCardCutShortIsSkipped() throws {
        let contents = try read("vcard/cut-short.vcf")
        #expect(contents.contacts.map(\.name) == ["Complete Card"])
        #expect(contents.skipped.map(\.line) == [5])
    }

    @Test func messagesNeverCarryControlCharacters() throws {
        let contents = try read("vcard/control-characters.vcf")
        #expect(contents.contacts.map(\.name) == ["Mallory"])
        let message = try #require(contents.skipped.first).description
        #expect(message.contains("\\u{1b}[2J"))
        #expect(!message.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    @Test func linkedInRowsInOtherDateFormatsAndABrokenRow() throws {
        let contents = try LinkedInConnectionsReader.read(try FixtureFiles.data("linkedin/other-dates.csv"))
        #expect(contents.contacts.map(\.name) == ["Ana Ruiz", "Ben Stone", "Cara Diaz", "Dan Ito", "Eva Lund"])
        #expect(contents.contacts.prefix(4).allSatisfy { $0.connectedOn == Day(year: 2024, month: 3, day: 15) })
        #expect(contents.contacts[4].connectedOn == nil)
        #expect(contents.skipped.map(\.line) == [9])
        #expect(contents.warnings.map(\.line) == [10])
    }

    /// Every real-world export is read without skipping a card.
    @Test func everySharedRealWorldFileIsRead() throws {
        let files = FixtureFiles.sharedVCards()
        try #require(!files.isEmpty || FixtureFiles.sharedVCardFolder == nil)
        for file in files {
            let data = try Data(contentsOf: try #require(FixtureFiles.sharedVCardFolder).appendingPathComponent(file))
            let contents = try VCardReader.read(data, source: file)
            #expect(!contents.contacts.isEmpty, "\(file)")
            #expect(contents.skipped.isEmpty, "\(file): \(contents.skipped)")
        }
    }
}
