import Foundation
import Testing

@testable import KithCore

@Suite struct VCardWriterTests {
    let day = Day(year: 2026, month: 3, day: 2)!

    func physicalLines(_ text: String) -> [Substring] {
        text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test func foldsAt75OctetsWithoutSplittingUTF8() {
        // 73 ASCII octets, then "é" (2 octets) would end at 75, and "€" (3 octets) would not fit.
        for filler in 70...76 {
            for character in ["é", "€", "𝄞", "a"] {
                let line = "NOTE:" + String(repeating: "x", count: filler - 5) + String(repeating: character, count: 40)
                let folded = ContentLineFolding.fold(line)
                let pieces = folded.components(separatedBy: "\r\n")
                for piece in pieces {
                    #expect(piece.utf8.count <= 75)
                }
                #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
                #expect(pieces.joined(separator: "\r\n").replacingOccurrences(of: "\r\n ", with: "") == line)
            }
        }
    }

    @Test func multiByteCharacterAtTheBoundaryMovesToTheNextLine() {
        let line = String(repeating: "a", count: 74) + "é" + "b"
        let pieces = ContentLineFolding.fold(line).components(separatedBy: "\r\n")
        #expect(pieces == [String(repeating: "a", count: 74), " éb"])
        #expect(pieces[0].utf8.count == 74)
    }

    @Test func escapesTextValues() {
        #expect(ContentTextEscaping.escape("a,b;c\\d\ne\r\nf") == #"a\,b\;c\\d\ne\nf"#)
        #expect(ContentTextEscaping.unescape(#"a\,b\;c\\d\ne\Nf\:g\x"#) == "a,b;c\\d\ne\nf:g\\x")
    }

    @Test func writesEscapedFoldedCRLFCard() {
        var contact = Contact(id: "c1", name: "Anne, \"Annie\"; O\\Brien", added: day)
        contact.company = "Salt, Pepper & Co; Ltd"
        contact.notes = [DatedText(String(repeating: "ü", count: 60), recorded: day)]
        let card = VCardWriter.card(for: contact)
        #expect(card.hasPrefix("BEGIN:VCARD\r\nVERSION:4.0\r\n"))
        #expect(card.hasSuffix("END:VCARD\r\n"))
        #expect(!card.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(card.contains(#"FN:Anne\, "Annie"\; O\\Brien"#))
        #expect(card.contains(#"ORG:Salt\, Pepper & Co\; Ltd"#))
        for line in physicalLines(card) {
            #expect(line.utf8.count <= 75)
        }
    }

    @Test func writesEveryEmailPhoneLinkTagsBirthdayAndExtras() throws {
        var contact = Contact(id: "c1", name: "Amara Okafor", added: day)
        contact.emails = ["a@one.example", "a@two.example"]
        contact.phones = ["+1 555 0100", "+1 555 0101"]
        contact.links = ["https://one.example", "https://two.example/a,b"]
        contact.tags = ["investors", "Lagos, Nigeria"]
        contact.birthday = "--04-12"
        contact.vcardExtras = ["X-CUSTOM;TYPE=a:value", "GEO:geo:6.5,3.3"]
        let text = VCardWriter.card(for: contact).replacingOccurrences(of: "\r\n ", with: "")
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.filter { $0.hasPrefix("EMAIL:") }.count == 2)
        #expect(lines.filter { $0.hasPrefix("TEL:") }.count == 2)
        #expect(lines.contains(#"URL:https://two.example/a\,b"#))
        #expect(lines.contains(#"CATEGORIES:investors,Lagos\, Nigeria"#))
        #expect(lines.contains("BDAY:--0412"))
        #expect(lines.contains("X-CUSTOM;TYPE=a:value"))
        #expect(lines.contains("GEO:geo:6.5,3.3"))
        #expect(lines.contains("N:Okafor;Amara;;;"))
    }

    @Test func needsAndOffersGoInTheNote() {
        var contact = Contact(id: "c1", name: "Ben", added: day)
        contact.needs = [Need("a seed investor", recorded: day)]
        contact.offers = [DatedText("App Store review trouble", recorded: day)]
        let text = VCardWriter.card(for: contact).replacingOccurrences(of: "\r\n ", with: "")
        #expect(
            text.contains(
                #"NOTE:Needs:\n- a seed investor (2026-03-02)\nCan solve:\n- App Store review trouble (2026-03-02)"#))
    }

    /// A contact with everything a vCard can carry, in awkward shapes.
    func fullContact() -> Contact {
        let later = Day(year: 2026, month: 4, day: 1)!
        var contact = Contact(id: "c-7", name: "Zoë Ñúñez-Łukasz 東京", added: day)
        contact.emails = ["zoe@one.example", "Zoe@Two.example"]
        contact.phones = ["+48 600 100 200", "+81 3-1234-5678"]
        contact.links = ["https://www.linkedin.com/in/zoe", "https://zoe.example/a;b,c"]
        contact.company = "Łódź; Tokyo, Inc."
        contact.role = "CTO \\ founder"
        contact.tags = ["climate", "tag, with comma", "日本"]
        contact.birthday = "1991-02-28"
        contact.needs = [
            Need("an intro to a seed investor, ideally climate", recorded: day),
            Need("a Swift mentor (remote)", recorded: day, solved: later, solvedBy: "Ana Ruiz"),
        ]
        contact.offers = [DatedText("App Store review trouble;\nand more on a second line", recorded: day)]
        contact.knows = [Acquaintance("Dr. Ruiz, a chiropractor", recorded: day)]
        contact.notes = [
            DatedText(String(repeating: "長い説明 ", count: 30), recorded: later),
            DatedText("Needs: this is not a heading (2026-01-01)", recorded: day),
        ]
        contact.vcardExtras = [
            "PHOTO:data:image/jpeg;base64," + String(repeating: "QUJD", count: 50), "X-ABUID:123:ABPerson",
        ]
        return contact
    }

    @Test func roundTripExportThenImportGivesTheSameContact() throws {
        let original = fullContact()
        let text = VCardWriter.cards(for: [original, Contact(id: "c-8", name: "Solo", added: day)])
        let imported = try VCardReader.read(Data(text.utf8)).contacts
        #expect(imported.count == 2)
        var network = Network()
        let report = merge(imported, into: &network, today: day, makeID: { "c-7" })
        #expect(report.added == ["Zoë Ñúñez-Łukasz 東京", "Solo"])
        var back = try #require(network.contacts.first)
        back.id = original.id
        #expect(back == original)
        #expect(network.contacts[1].name == "Solo")
    }

    @Test func roundTripOfImportedFixtures() throws {
        for fixture in [VCardFixtures.google, VCardFixtures.apple, VCardFixtures.v21, VCardFixtures.v40] {
            let first = try VCardReader.read(Data(fixture.utf8)).contacts
            var network = Network()
            var counter = 0
            _ = merge(
                first, into: &network, today: day,
                makeID: {
                    counter += 1
                    return "id\(counter)"
                })
            let second = try VCardReader.read(Data(VCardWriter.cards(for: network.contacts).utf8)).contacts
            var again = Network()
            counter = 0
            _ = merge(
                second, into: &again, today: day,
                makeID: {
                    counter += 1
                    return "id\(counter)"
                })
            #expect(again == network)
            #expect(first.map(\.vcardExtras) == second.map(\.vcardExtras))
            #expect(first.map(\.emails) == second.map(\.emails))
        }
    }
}
