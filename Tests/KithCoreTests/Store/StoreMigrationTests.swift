import Foundation
import Testing

@testable import KithCore

/// A store written by kith's first schema opens in this one: the file as it was is kept, every
/// contact gets a UID once, and LinkedIn's connection day stops counting as a meeting.
@Suite struct StoreMigrationTests {
    static let version1 = """
        {
          "schemaVersion" : 1,
          "contacts" : [
            {"id": "a1", "name": "Ana Ruiz", "added": "2026-01-05", "needs": [], "offers": [], "knows": [],
             "promises": [], "notes": [],
             "interactions": [{"date": "2024-03-15", "kind": "connected"}, {"date": "2026-01-05", "kind": "met"}]},
            {"id": "b2", "name": "Ben Ortiz", "added": "2026-01-06", "needs": [], "offers": [], "knows": [],
             "promises": [], "notes": [], "interactions": []}
          ]
        }
        """

    @Test func aVersionOneStoreIsMigratedOnLoadAndTheOldFileKept() throws {
        let folder = try StoreTestFolder()
        try folder.write(Self.version1)
        let store = Store(location: folder.location)
        var next = 0
        store.makeUID = {
            next += 1
            return "uid-\(next)"
        }
        try store.load()
        let network = store.network
        #expect(network.schemaVersion == VersionedDocument.store.newestVersion)
        let ana = try #require(network.contact(id: "a1"))
        #expect(ana.connectedOn == Day(year: 2024, month: 3, day: 15))
        #expect(ana.interactions.map(\.kind) == [.met])
        #expect(network.contacts.map(\.uid) == ["uid-1", "uid-2"])
        #expect(folder.bytes(of: "store.schema-1.json") == Data(Self.version1.utf8))
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: folder.location.folder.appendingPathComponent("store.schema-1.json").path)[.posixPermissions]
            as? Int
        #expect(mode == 0o600)

        // The migrated store is saved: a second load keeps the same UIDs.
        let again = Store(location: folder.location)
        again.makeUID = {
            Issue.record("no UID should be made twice")
            return "x"
        }
        try again.load()
        #expect(again.network == network)
    }

    @Test func everySavedContactHasAUIDMadeOnce() throws {
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        store.makeUID = { "made-once" }
        try store.update {
            $0.contacts.append(Contact(id: "c3", name: "Cy", added: Day(year: 2026, month: 2, day: 1)!))
        }
        store.makeUID = { "made-twice" }
        try store.update { $0.contacts[0].company = "Acme" }
        #expect(store.network.contacts.map(\.uid) == ["made-once"])
        let reloaded = Store(location: folder.location)
        try reloaded.load()
        #expect(reloaded.network.contacts.map(\.uid) == ["made-once"])
    }

    @Test func aStoreThatIsNotJSONIsNotMigrated() throws {
        let folder = try StoreTestFolder()
        try folder.write(#"{"schemaVersion": 1, "contacts": [ oops ]}"#)
        #expect(throws: StoreError.self) { try Store(location: folder.location).load() }
        #expect(folder.bytes(of: "store.schema-1.json") == nil)
    }
}
