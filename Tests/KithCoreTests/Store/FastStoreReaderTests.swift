import Foundation
import Testing

@testable import KithCore

/// The store's fast reader must give exactly what `JSONDecoder` gives, or step aside.
struct FastStoreReaderTests {
    let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_500)

    private func slow(_ text: String) throws -> Network {
        try JSONDecoder().decode(Network.self, from: Data(text.utf8))
    }

    @Test func readsAWrittenStoreExactlyAsTheDecoderDoes() throws {
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        var network = SyntheticNetwork.make(size: 300, seed: 11, today: today, knowledge: knowledge)
        network.actionLog = [
            ActionLogEntry(id: "ab12", key: "k", ruleID: "r", state: .snoozed, on: today, until: today.adding(days: 3))
        ]
        network.settings.introductionStyle = .doubleOptIn
        network.contacts[0].uid = "urn:uuid:5"
        network.contacts[0].connectedOn = today
        network.contacts[0].vcardFields = ["TEL;TYPE=cell:+34 600", "ORG:Acme;R&D"]
        let data = try StoreCodec.encode(network)
        let fast = try #require(FastStoreReader.network(from: data))
        #expect(fast == network)
        #expect(fast == (try JSONDecoder().decode(Network.self, from: data)))
    }

    @Test func contactsWithUnknownFieldsKeepThemThroughTheDecoder() throws {
        let text = """
            {"schemaVersion": 1, "contacts": [
              {"id": "a", "name": "Ana", "added": "2026-01-02", "future": {"x": [1, true, null]}},
              {"id": "b", "name": "B\\u00e9a \\"B\\" \\ud83d\\ude00", "added": "2026-01-02", "company": null, "needs": null,
               "interactions": [{"date": "2026-01-03", "kind": "meal", "note": null}],
               "knows": [{"text": "x", "recorded": "2026-01-02", "extra": 1}]}
            ], "me": {"name": "Me", "needs": [], "offers": []}}
            """
        let fast = try #require(FastStoreReader.network(from: Data(text.utf8)))
        #expect(fast == (try slow(text)))
        #expect(fast.contacts[0].unknownFields["future"] != nil)
        #expect(fast.contacts[1].name == "Béa \"B\" 😀")
    }

    @Test(arguments: [
        "", "   ", "[]", "{}", "{\"schemaVersion\": \"1\"}", "{\"schemaVersion\": 1.0}", "{\"schemaVersion\": 99}",
        "{\"schemaVersion\": 1, \"schemaVersion\": 1}", "{\"schemaVersion\": 1, \"other\": 1}",
        "{\"schemaVersion\": 1} x", "{\"schemaVersion\": 1, \"contacts\": [null]}",
        "{\"schemaVersion\": 1, \"contacts\": [{\"id\": \"a\", \"name\": \"A\", \"added\": \"2026-02-30\"}]}",
        "{\"schemaVersion\": 1, \"contacts\": [{\"id\": \"a\", \"name\": \"A\\ud800\", \"added\": \"2026-02-03\"}]}",
        "{\"schemaVersion\": 1, \"contacts\": [{\"id\": 5, \"name\": \"A\", \"added\": \"2026-02-03\"}]",
    ])
    func unusualOrBrokenDocumentsAreLeftToTheDecoder(text: String) {
        #expect(FastStoreReader.network(from: Data(text.utf8)) == nil)
    }

    @Test func aContactWithADuplicateKeyIsReadAsTheDecoderReadsIt() throws {
        let text =
            "{\"schemaVersion\": 1, \"contacts\": [{\"id\": \"a\", \"id\": \"b\", \"name\": \"A\", \"added\": \"2026-02-03\"}]}"
        #expect(FastStoreReader.network(from: Data(text.utf8)) == (try slow(text)))
    }

    @Test func invalidUTF8IsLeftToTheDecoder() {
        var bytes = Array("{\"schemaVersion\": 1, \"contacts\": [{\"id\": \"a\", \"name\": \"".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\", \"added\": \"2026-02-03\"}]}".utf8)
        #expect(FastStoreReader.network(from: Data(bytes)) == nil)
    }

    @Test func brokenStoresStillReportWhereTheyBroke() {
        #expect(throws: StoreError.self) {
            try StoreCodec.decode(Data("{\"schemaVersion\": 1, \"contacts\": [".utf8), path: "s.json", backup: "s.bak")
        }
        do {
            _ = try StoreCodec.decode(Data("{\"schemaVersion\": 3}".utf8), path: "s.json", backup: "s.bak")
            Issue.record("a newer schema must not load")
        } catch let error as StoreError {
            #expect(error == .newerVersion(VersionedDocument.store.refusal(of: 3, in: "s.json")))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

/// The store's contact writer must write the very bytes `JSONEncoder` writes.
struct ContactJSONWriterTests {
    private func encoderBytes(_ network: Network) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(network)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_500)
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        var network = SyntheticNetwork.make(size: 200, seed: 5, today: today, knowledge: knowledge)
        network.contacts[0].name = "Zoë \"Z\" O'Neil\\/\n\t\r\u{08}\u{0C}\u{01}\u{1F}\u{7F}😀\u{2028}"
        network.contacts[0].links = ["https://example.com/a/b"]
        network.contacts[0].vcardExtras = ["PHOTO;VALUE=URI:https://x/y.jpg"]
        network.contacts[0].uid = "urn:uuid:0f8e7d6c-0000-4000-8000-000000000001"
        network.contacts[0].connectedOn = today
        network.contacts[0].vcardFields = ["item1.EMAIL;TYPE=work:a@b.example", "N:O'Neil;Zoë;;;"]
        network.contacts[4].uid = "only-a-uid"
        network.contacts[1].unknownFields = [
            "future": .object(["n": .number(1.5), "list": .array([.bool(true), .null])])
        ]
        network.contacts[2].needs = [Need("x", recorded: today, solved: today, solvedBy: "Ana")]
        network.contacts[3] = Contact(id: "empty", name: "", added: today)
        network.unknownFields = ["zzz": .string("kept"), "aaa": .number(2)]
        #expect(try StoreCodec.encode(network) == (try encoderBytes(network)))
    }

    @Test func emptyAndTinyNetworks() throws {
        #expect(try StoreCodec.encode(Network()) == (try encoderBytes(Network())))
        let one = Network(contacts: [Contact(id: "a", name: "A", added: Day(dayNumber: 0))])
        #expect(try StoreCodec.encode(one) == (try encoderBytes(one)))
    }
}
