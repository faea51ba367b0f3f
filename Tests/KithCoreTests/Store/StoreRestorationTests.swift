import Foundation
import Testing

@testable import KithCore

/// Restoring a backup: which backup a name means, what it drops, and a replacement that keeps
/// the current store aside.
@Suite struct StoreRestorationTests {
    private func contact(_ name: String) -> Contact {
        Contact(id: name.lowercased(), name: name, added: Day("2026-11-23") ?? Day(dayNumber: 20_500))
    }

    /// A store saved three times (Ana; Ana and Bea; Bea renamed), one second apart.
    private func savedThrice(_ folder: StoreTestFolder) throws {
        let changes: [(inout Network) -> Void] = [
            { $0.contacts.append(contact("Ana")) }, { $0.contacts.append(contact("Bea")) },
            { $0.contacts[1].name = "Bea Ruiz" },
        ]
        for (offset, change) in changes.enumerated() {
            let store = Store(
                location: folder.location, clock: { Date(timeIntervalSince1970: 1_795_000_000 + Double(offset)) })
            try store.update(change)
        }
    }

    @Test func choosesTheNewestBackupOrTheOneNamedAndRefusesUnclearNames() throws {
        let folder = try StoreTestFolder()
        let restoration = StoreRestoration(location: folder.location)
        #expect(
            throws: StoreRestoration.Failure.noBackups(
                folder: folder.location.backupsFolder.path,
                singleBackup: folder.location.backupFile.path)
        ) {
            try restoration.backup(named: nil)
        }
        try savedThrice(folder)
        let generations = StoreBackups(location: folder.location).generations()
        #expect(try restoration.backup(named: nil) == generations[0].url)
        #expect(try restoration.backup(named: generations[2].name) == generations[2].url)
        let common = String(generations[0].name.prefix(4))
        #expect(throws: StoreRestoration.Failure.ambiguous(name: common, count: 3)) {
            try restoration.backup(named: common)
        }
        #expect(throws: StoreRestoration.Failure.notFound(name: "nope", folder: folder.location.backupsFolder.path)) {
            try restoration.backup(named: "nope")
        }
    }

    @Test func aPlanSaysWhoIsDroppedAndWhoChangesAndTheRestoreKeepsTheCurrentStoreAside() throws {
        let folder = try StoreTestFolder()
        try savedThrice(folder)
        let restoration = StoreRestoration(location: folder.location)
        let oldest = try #require(StoreBackups(location: folder.location).generations().last)
        let plan = try restoration.plan(oldest.url)
        #expect(!plan.isCurrent && plan.currentExists)
        #expect(plan.dropped.map(\.name) == ["Bea Ruiz"])
        #expect(plan.changed.isEmpty)
        let before = folder.bytes()
        let aside = try #require(try restoration.apply(plan, now: Date(timeIntervalSince1970: 1_795_000_100)))
        #expect(aside.hasSuffix("store.json.replaced-1795000100"))
        #expect(FileManager.default.contents(atPath: aside) == before)
        let restored = try Store.readNetwork(at: folder.location.storeFile, backup: "")
        #expect(restored.contacts.map(\.name) == ["Ana"])
        #expect(try restoration.plan(oldest.url).isCurrent)
    }

    @Test func aBackupThatCannotBeReadIsAStoreError() throws {
        let folder = try StoreTestFolder()
        try folder.write("{not json", to: "broken.json")
        #expect(throws: StoreError.self) {
            try StoreRestoration(location: folder.location).plan(folder.url.appendingPathComponent("broken.json"))
        }
    }
}
