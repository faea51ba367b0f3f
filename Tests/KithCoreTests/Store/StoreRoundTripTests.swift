import Foundation
import Testing

@testable import KithCore

/// A store that uses every field kith knows, plus fields from a newer kith at every level.
private let fullDocument = """
    {
      "schemaVersion": 1,
      "fromTheFuture": {"nested": [1, 2.5, "three", true, null, {"deep": false}]},
      "futureFlag": true,
      "futureCount": 42,
      "me": {"name": "Me Myself", "needs": [{"text": "a mentor", "recorded": "2026-01-02"}],
             "offers": [{"text": "Swift reviews", "recorded": "2026-01-03"}], "mood": "curious"},
      "introductions": [{"first": "aaaa0001", "second": "aaaa0002", "why": "design help",
                         "suggested": "2026-02-01", "askedFirst": "2026-02-02", "askedSecond": "2026-02-03",
                         "made": "2026-02-04", "followedUp": "2026-02-10", "outcome": "they hired her"}],
      "actionLog": [{"id": "abc123", "key": "rule|aaaa0001", "ruleID": "rule", "state": "snoozed",
                     "on": "2026-03-01", "until": "2026-03-08", "note": "busy week"}],
      "settings": {"introductionStyle": "doubleOptIn", "cadenceTiers": {"inner": {"idealDays": 7, "maximumDays": 14}},
                   "tagTiers": {"family": "inner"}, "defaultTier": "close", "theme": "dark"},
      "contacts": [
        {
          "id": "aaaa0001", "name": "José García",
          "emails": ["jose@example.com", "j@example.org"], "phones": ["+34 600 000 000"],
          "links": ["https://example.com/jose"], "company": "Acme", "role": "Designer",
          "tags": ["conference", "design"], "added": "2024-02-29",
          "needs": [{"text": "a bookkeeper", "recorded": "2024-02-29"},
                    {"text": "a flat", "recorded": "2024-03-01", "solved": "2024-04-01", "solvedBy": "Luisa"}],
          "offers": [{"text": "logo design", "recorded": "2024-02-29"}],
          "knows": [{"text": "Dr. Ruiz, a chiropractor", "recorded": "2024-02-29"},
                    {"text": "Luisa", "recorded": "2024-02-29", "contactID": "aaaa0002"}],
          "promises": [{"text": "send the article", "recorded": "2024-02-29", "kept": "2024-03-02"},
                       {"text": "lunch", "recorded": "2024-03-05"}],
          "notes": [{"text": "two kids; loves jazz", "recorded": "2024-02-29"}],
          "interactions": [{"date": "2024-02-29", "kind": "met", "note": "Swift meetup"},
                           {"date": "2024-03-10", "kind": "karaoke"}],
          "birthday": "--07-14", "tier": "close",
          "vcardExtras": ["ADR;TYPE=home:;;Calle 1;Madrid;;;ES", "X-CUSTOM:1"],
          "favouriteColour": "teal", "extra": {"a": [1, {"b": null}]}
        },
        {"id": "aaaa0002", "name": "Luisa Ñúñez", "added": "2025-12-31", "needs": [], "offers": [],
         "knows": [], "promises": [], "notes": [], "interactions": []}
      ]
    }
    """

@Suite struct StoreRoundTripTests {
    @Test func everyFieldSurvivesLoadSaveLoad() throws {
        let folder = try StoreTestFolder()
        try folder.write(fullDocument)
        let store = Store(location: folder.location)
        try store.load()
        let loaded = store.network

        let jose = try #require(loaded.contact(id: "aaaa0001"))
        #expect(jose.name == "José García")
        #expect(jose.emails == ["jose@example.com", "j@example.org"])
        #expect(jose.phones == ["+34 600 000 000"])
        #expect(jose.links == ["https://example.com/jose"])
        #expect(jose.company == "Acme")
        #expect(jose.role == "Designer")
        #expect(jose.tags == ["conference", "design"])
        #expect(jose.added == day("2024-02-29"))
        #expect(
            jose.needs[1] == Need("a flat", recorded: day("2024-03-01"), solved: day("2024-04-01"), solvedBy: "Luisa"))
        #expect(jose.offers == [DatedText("logo design", recorded: day("2024-02-29"))])
        #expect(jose.knows[1].contactID == "aaaa0002")
        #expect(jose.promises[0].kept == day("2024-03-02"))
        #expect(jose.promises[1].isOpen)
        #expect(jose.notes.first?.text == "two kids; loves jazz")
        #expect(jose.interactions[1] == Interaction(date: day("2024-03-10"), kind: InteractionKind("karaoke")))
        #expect(jose.birthday == "--07-14")
        #expect(jose.tier == "close")
        #expect(jose.vcardExtras.count == 2)
        #expect(jose.unknownFields["favouriteColour"] == .string("teal"))
        #expect(jose.unknownFields["extra"] == .object(["a": .array([.number(1), .object(["b": .null])])]))
        #expect(loaded.unknownFields["futureFlag"] == .bool(true))
        #expect(loaded.unknownFields["futureCount"] == .number(42))
        #expect(loaded.me.unknownFields["mood"] == .string("curious"))
        #expect(loaded.settings.unknownFields["theme"] == .string("dark"))
        #expect(loaded.settings.introductionStyle == .doubleOptIn)
        #expect(loaded.introductions.first?.outcome == "they hired her")
        #expect(loaded.actionLog.first?.until == day("2026-03-08"))

        // A save (an empty change) then a fresh load gives the same network and the same bytes.
        try store.update { _ in }
        let firstSave = try #require(folder.bytes())
        let again = Store(location: folder.location)
        try again.load()
        #expect(again.network == loaded)
        try again.update { _ in }
        #expect(folder.bytes() == firstSave)
        #expect(try StoreCodec.encode(again.network) == firstSave)

        // The unknown values are written back as they were (booleans stay booleans).
        let text = String(decoding: firstSave, as: UTF8.self)
        #expect(text.contains("\"futureFlag\" : true"))
        #expect(text.contains("\"futureCount\" : 42"))
        #expect(text.contains("2.5"))
        #expect(text.contains("\"favouriteColour\" : \"teal\""))
    }

    @Test func aMissingStoreIsAnEmptyNetworkAndTheFirstSaveCreatesIt() throws {
        let folder = try StoreTestFolder()
        let location = StoreLocation(folder: folder.url.appendingPathComponent("sub/kith"))
        let store = Store(location: location)
        try store.load()
        #expect(store.network == Network())
        try store.update { $0.contacts.append(Contact(id: "00000001", name: "Ana", added: day("2026-11-23"))) }
        let reread = Store(location: location)
        try reread.load()
        #expect(reread.network.contacts.map(\.name) == ["Ana"])
        #expect(!FileManager.default.fileExists(atPath: location.backupFile.path))
    }

    @Test func eachSaveKeepsThePreviousVersionAsTheBackup() throws {
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        try store.load()
        try store.update { $0.contacts.append(Contact(id: "00000001", name: "Ana", added: day("2026-11-23"))) }
        let first = folder.bytes()
        try store.update { $0.contacts.append(Contact(id: "00000002", name: "Bea", added: day("2026-11-23"))) }
        #expect(folder.bytes(of: "store.json.bak") == first)
        #expect(folder.temporaryFiles().isEmpty)
    }

    @Test func twoStoresInOneProcessDoNotLoseEachOthersWrites() throws {
        let folder = try StoreTestFolder()
        let a = Store(location: folder.location)
        let b = Store(location: folder.location)
        try a.load()
        try b.load()
        try a.update { $0.contacts.append(Contact(id: "0000000a", name: "From A", added: day("2026-11-23"))) }
        try b.update { $0.contacts.append(Contact(id: "0000000b", name: "From B", added: day("2026-11-23"))) }
        let check = Store(location: folder.location)
        try check.load()
        #expect(Set(check.network.contacts.map(\.name)) == ["From A", "From B"])
        #expect(try a.reloadIfChanged())
        #expect(a.network == check.network)
        #expect(try !a.reloadIfChanged())
    }

    @Test func aChangeThatThrowsWritesNothing() throws {
        struct Refused: Error {}
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        try store.update { $0.contacts.append(Contact(id: "00000001", name: "Ana", added: day("2026-11-23"))) }
        let before = folder.bytes()
        #expect(throws: Refused.self) {
            try store.update { network in
                network.contacts.removeAll()
                throw Refused()
            }
        }
        #expect(folder.bytes() == before)
        #expect(store.network.contacts.count == 1)
    }
}
