import Foundation
import Testing

@testable import KithCore

/// What an imported card looked like survives kith: UID, structured name, TYPE parameters,
/// ORG units, groups and their labels; 2.1 parameters come out in 4.0 form; kith's own fields
/// travel as X-KITH-* so kith → vCard → kith loses nothing.
@Suite struct FaithfulExportTests {
    let day = Day(year: 2026, month: 3, day: 2)!

    func importOnce(_ text: String) -> Network {
        var network = Network()
        var next = 0
        _ = merge((try? VCardReader.read(Data(text.utf8)).contacts) ?? [], into: &network, today: day) {
            next += 1
            return "id\(next)"
        }
        return network
    }

    func exported(_ network: Network) -> [String] {
        VCardWriter.cards(for: network.contacts).replacingOccurrences(of: "\r\n ", with: "").components(
            separatedBy: "\r\n")
    }

    @Test func anAppleCardKeepsItsStructure() throws {
        var network = importOnce(VCardFixtures.apple)
        network.assignMissingUIDs { "urn:uuid:kenji" }
        let lines = exported(network)
        #expect(lines.contains("UID:urn:uuid:kenji"))
        #expect(lines.contains("REV:20260302T000000Z"))
        #expect(lines.contains("N:Nakamura;Kenji;;;"))
        #expect(lines.contains("ORG:Lumen Labs;Research"))
        #expect(lines.contains("EMAIL;TYPE=internet,work;PREF=1:kenji@lumenlabs.example"))
        #expect(lines.contains("TEL;TYPE=cell,voice;PREF=1:+1 (415) 555-0142"))
        #expect(lines.contains("item2.URL;PREF=1:https://kenji.example/blog"))
        #expect(lines.contains("item2.X-ABLABEL:_$!<HomePage>!$_"))
        #expect(lines.contains("item1.ADR;TYPE=home;PREF=1:;;500 Howard St;San Francisco;CA;94105;United States"))
        #expect(!lines.contains { $0.contains("type=") || $0.contains("ENCODING") })
    }

    @Test func aStructuredNameIsNotRebuiltFromTheDisplayName() throws {
        let network = importOnce(
            "BEGIN:VCARD\nVERSION:3.0\nFN:Dr. María José García-López PhD\nN:García-López;María José;;Dr.;PhD\nEND:VCARD\n"
        )
        #expect(exported(network).contains("N:García-López;María José;;Dr.;PhD"))
    }

    @Test func version21ParametersComeOutIn40Form() throws {
        let lines = exported(importOnce(VCardFixtures.v21))
        #expect(lines.contains("TEL;TYPE=cell;PREF=1:+49 170 1234567"))
        #expect(lines.contains("TEL;TYPE=work,voice:+49 30 9876543"))
        #expect(lines.contains("EMAIL;TYPE=internet,work:juergen@mueller-bau.example"))
        #expect(!lines.contains { $0.contains("CHARSET") || $0.contains("QUOTED-PRINTABLE") })
    }

    @Test func aLabelWhoseValueWasRemovedIsNotLeftBehind() throws {
        var network = importOnce(VCardFixtures.google)
        network.contacts[0].links.removeAll { $0.contains("linkedin") }
        let lines = exported(network)
        #expect(!lines.contains("item1.X-ABLABEL:LinkedIn"))
        #expect(lines.contains("item2.URL:https://majo.dev"))
    }

    @Test func commasAndSemicolonsInURLsAreEscaped() throws {
        var contact = Contact(id: "u", name: "Url Person", added: day)
        contact.links = ["https://maps.example/?q=1,2;3"]
        #expect(exported(Network(contacts: [contact])).contains(#"URL:https://maps.example/?q=1\,2\;3"#))
        let back = importOnce(VCardWriter.card(for: contact))
        #expect(back.contacts.first?.links == ["https://maps.example/?q=1,2;3"])
    }

    @Test func kithToVCardToKithLosesNothing() throws {
        var ana = Contact(id: "a1b2c3d4", name: "Ana Ruiz", added: Day(year: 2025, month: 5, day: 1)!)
        ana.uid = "urn:uuid:ana"
        ana.emails = ["ana@ruiz.example"]
        ana.company = "Ruiz; Hijos, S.L."
        ana.tier = "close"
        ana.connectedOn = Day(year: 2024, month: 3, day: 15)
        ana.needs = [Need("a lawyer", recorded: day), Need("a flat", recorded: day, solved: day, solvedBy: "Ben")]
        ana.offers = [DatedText("tax advice, in Spain", recorded: day)]
        ana.knows = [Acquaintance("Ben Ortiz", recorded: day, contactID: "b")]
        ana.promises = [Promise("send the deck", recorded: day), Promise("call back", recorded: day, kept: day)]
        ana.notes = [DatedText("two lines\nof note", recorded: day)]
        ana.interactions = [
            Interaction(date: day, kind: .met, note: "at the fair"), Interaction(date: day, kind: .meal),
        ]
        ana.vcardFields = ["item1.EMAIL;TYPE=work:ana@ruiz.example"]
        ana.vcardExtras = ["NICKNAME:Anita", "item1.X-ABLABEL:Office"]
        let network = Network(contacts: [ana])
        var back = Network()
        _ = merge(
            try VCardReader.read(Data(VCardWriter.cards(for: network.contacts).utf8)).contacts, into: &back,
            today: Day(year: 2026, month: 11, day: 1)!, makeID: { "other" })
        #expect(back.contacts == network.contacts)
        // Importing the export again into the same store changes nothing.
        let again = back
        let report = merge(
            try VCardReader.read(Data(VCardWriter.cards(for: back.contacts).utf8)).contacts, into: &back,
            today: day, makeID: { "other" })
        #expect(back == again)
        #expect(report.unchanged.map(\.matchedBy) == ["UID"])
    }

    @Test func theUIDStaysTheSameAcrossExports() throws {
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        try store.update { $0.contacts.append(Contact(id: "x1", name: "Stable Person", added: day)) }
        let first = VCardWriter.cards(for: store.network.contacts)
        let reloaded = Store(location: folder.location)
        try reloaded.load()
        let second = VCardWriter.cards(for: reloaded.network.contacts)
        let uid = first.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") }
        #expect(uid != nil)
        #expect(second.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") } == uid)
    }
}
