import Foundation
import Testing

@testable import KithCore

/// Fields a newer kith wrote inside list items survive a load and a save.
@Suite struct NestedUnknownFieldsTests {
    static let store = """
        {"schemaVersion": 1,
         "actionLog": [{"id": "a1b2", "key": "k", "ruleID": "r", "state": "done", "on": "2026-11-20", "why": {"x": 1}}],
         "contacts": [
          {"id": "00000001", "name": "Ana", "added": "2026-11-01",
           "needs": [{"text": "a van", "recorded": "2026-11-01", "urgency": "high"}],
           "offers": [{"text": "design", "recorded": "2026-11-01", "level": 3}],
           "knows": [{"text": "Bea", "recorded": "2026-11-01", "how": "school"}],
           "promises": [{"text": "call", "recorded": "2026-11-01", "due": "2026-12-01"}],
           "notes": [{"text": "jazz", "recorded": "2026-11-01", "private": true}],
           "interactions": [{"date": "2026-11-01", "kind": "met", "place": ["Madrid", null]}]},
          {"id": "00000002", "name": "Plain", "added": "2026-11-01"}]}
        """

    @Test func everyListItemKeepsItsUnknownFieldsThroughASave() throws {
        let folder = try StoreTestFolder()
        try folder.write(Self.store)
        let store = Store(location: folder.location)
        try store.load()
        let ana = try #require(store.network.contact(id: "00000001"))
        #expect(ana.needs[0].unknownFields["urgency"] == .string("high"))
        #expect(ana.interactions[0].unknownFields["place"] == .array([.string("Madrid"), .null]))
        try store.update { network in
            network.contacts.append(Contact(id: "00000003", name: "Cris", added: day("2026-11-23")))
            network.contacts[0].notes.append(DatedText("new note", recorded: day("2026-11-23")))
        }
        let saved = String(decoding: try #require(folder.bytes()), as: UTF8.self)
        for fragment in [
            "\"urgency\" : \"high\"", "\"level\" : 3", "\"how\" : \"school\"", "\"due\" : \"2026-12-01\"",
            "\"private\" : true", "\"place\" : [", "\"why\" : {",
        ] {
            #expect(saved.contains(fragment), "lost \(fragment)")
        }
        let reread = try StoreCodec.decode(Data(saved.utf8), path: "s", backup: "b")
        #expect(reread == store.network)
        // The fast writer still writes plain contacts byte for byte as JSONEncoder would.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var plainOnly = reread
        plainOnly.contacts.removeAll { $0.id == "00000001" }
        #expect(try StoreCodec.encode(plainOnly) == (try encoder.encode(plainOnly)) + Data("\n".utf8))
    }

    @Test func aWrongTypeInsideAnItemIsStillRefusedNamingTheField() throws {
        let folder = try StoreTestFolder()
        try folder.write(
            #"{"schemaVersion": 1, "contacts": [{"id": "1", "name": "A", "added": "2026-11-01", "needs": [{"text": 5, "recorded": "2026-11-01"}]}]}"#
        )
        let error = #expect(throws: StoreError.self) { try Store(location: folder.location).load() }
        #expect(error?.description.contains("needs") == true, "\(String(describing: error))")
    }
}
