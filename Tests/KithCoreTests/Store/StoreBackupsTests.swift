import Foundation
import Synchronization
import Testing

@testable import KithCore

/// A clock the test moves by hand.
private final class TestClock: Sendable {
    private let now = Mutex(Date(timeIntervalSince1970: 1_795_000_000))
    var read: @Sendable () -> Date { { [self] in now.withLock { $0 } } }
    func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
}

private func add(_ name: String, to store: Store) throws {
    try store.update { $0.contacts.append(Contact(id: name.lowercased(), name: name, added: day("2026-11-23"))) }
}

@Suite struct StoreBackupsTests {
    @Test func everySaveIsKeptAsAPrivateGenerationAfterItIsDurable() throws {
        let folder = try StoreTestFolder()
        let clock = TestClock()
        let store = Store(location: folder.location, clock: clock.read)
        try add("Ana", to: store)
        clock.advance(1)
        try add("Bea", to: store)
        let generations = StoreBackups(location: folder.location).generations()
        #expect(generations.count == 2)
        // The newest generation is the store just saved, byte for byte.
        #expect(FileManager.default.contents(atPath: generations[0].url.path) == folder.bytes())
        #expect(generations[0].saved == clock.read())
        var info = stat()
        #expect(stat(generations[1].url.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(stat(folder.location.backupsFolder.path, &info) == 0 && info.st_mode & 0o777 == 0o700)
    }

    @Test func pruningKeepsTheLastTenSavesAndTheLastSaveOfEachOfSevenDays() throws {
        let folder = try StoreTestFolder()
        let clock = TestClock()
        let store = Store(location: folder.location, clock: clock.read)
        // Ten days with three saves each, then fifteen saves on the last day.
        var names = 0
        for _ in 0..<10 {
            for _ in 0..<3 {
                names += 1
                try add("P\(names)", to: store)
                clock.advance(3600)
            }
            clock.advance(86_400 - 3 * 3600)
        }
        for _ in 0..<15 {
            names += 1
            try add("P\(names)", to: store)
            clock.advance(60)
        }
        let generations = StoreBackups(location: folder.location).generations()
        let utc = TimeZone(identifier: "UTC")!
        let days = Set(generations.map { Day($0.saved, timeZone: utc) })
        // 10 newest (all on the last day) + the last save of each of the 6 days before it.
        #expect(generations.count == 16, "\(generations.map(\.name))")
        #expect(days.count == 7)
        let newest = try #require(generations.first)
        #expect(FileManager.default.contents(atPath: newest.url.path) == folder.bytes())
    }

    @Test func namesRoundTripAndStrangeFilesAreIgnored() throws {
        let date = Date(timeIntervalSince1970: 1_795_000_123.456789)
        let name = StoreBackups.name(for: date)
        #expect(name == "store-20261118-110843-456789")
        let parsed = try #require(StoreBackups.date(fromName: name + ".json"))
        #expect(abs(parsed.timeIntervalSince(date)) < 0.000_01)
        for strange in ["notes.txt", "store-.json", "store-2026-1-1.json", "store-20261318-100843-000000.json"] {
            #expect(StoreBackups.date(fromName: strange) == nil, "\(strange)")
        }
    }

    @Test func aFailedSaveLeavesTheBackupAndTheGenerationsAsTheyWere() throws {
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        try add("Ana", to: store)
        try add("Bea", to: store)
        let backup = folder.bytes(of: "store.json.bak")
        let generations = StoreBackups(location: folder.location).generations().map(\.name)
        let failing = FileSystem(
            write: { _, _ in
                errno = ENOSPC
                return -1
            }, fsync: { Glibc.fsync($0) })
        let full = Store(location: folder.location, writer: AtomicFileWriter(fileSystem: failing))
        try full.load()
        #expect(throws: StoreError.self) { try add("Cris", to: full) }
        #expect(folder.bytes(of: "store.json.bak") == backup)
        #expect(StoreBackups(location: folder.location).generations().map(\.name) == generations)
        #expect(folder.temporaryFiles().isEmpty, "\(folder.entries())")
    }

    @Test func aMissingStoreWithBackupsIsAnErrorNamingBoth() throws {
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        try add("Ana", to: store)
        unlink(folder.location.storeFile.path)
        let fresh = Store(location: folder.location)
        let error = #expect(throws: StoreError.self) { try fresh.load() }
        guard case .missing(let path, let backup)? = error else {
            Issue.record("expected missing, got \(String(describing: error))")
            return
        }
        #expect(path == folder.location.storeFile.path)
        #expect(backup.contains("/backups/store-"))
        #expect(error?.description.contains("kith doctor --restore") == true)
        // And no save starts an empty network over it.
        #expect(throws: StoreError.self) { try add("Bea", to: fresh) }
        #expect(folder.bytes() == nil)
    }

    @Test func aSymlinkedStoreIsWrittenThrough() throws {
        let folder = try StoreTestFolder()
        let synced = try StoreTestFolder()
        let real = synced.url.appendingPathComponent("kith-store.json")
        try folder.write("{\"schemaVersion\": 1, \"contacts\": []}", to: "unused")
        #expect(symlink(real.path, folder.location.storeFile.path) == 0)
        let store = Store(location: folder.location)
        try add("Ana", to: store)
        try add("Bea", to: store)
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: folder.location.storeFile.path)
        #expect(destination == real.path)
        let reread = Store(location: folder.location)
        try reread.load()
        #expect(reread.network.contacts.map(\.name) == ["Ana", "Bea"])
        #expect(synced.temporaryFiles().isEmpty && folder.temporaryFiles().isEmpty)
    }

    @Test func aDanglingLockLinkIsRefusedWithoutCreatingItsTarget() throws {
        let folder = try StoreTestFolder()
        let target = folder.url.appendingPathComponent("elsewhere/lock")
        #expect(symlink(target.path, folder.location.lockFile.path) == 0)
        let store = Store(location: folder.location)
        let error = #expect(throws: StoreError.self) { try add("Ana", to: store) }
        #expect(error?.description.contains("remove the link") == true, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(folder.bytes() == nil)
    }

    @Test func duplicateIDsRefuseEveryChange() throws {
        let folder = try StoreTestFolder()
        let text = """
            {"schemaVersion": 1, "contacts": [
              {"id": "00000001", "name": "First Alpha", "added": "2026-11-01"},
              {"id": "00000001", "name": "Second Beta", "added": "2026-11-02"}]}
            """
        try folder.write(text)
        let store = Store(location: folder.location)
        try store.load()
        let error = #expect(throws: StoreError.self) { try add("Cris", to: store) }
        guard case .duplicateIDs(_, let ids)? = error else {
            Issue.record("expected duplicateIDs, got \(String(describing: error))")
            return
        }
        #expect(ids == ["00000001"])
        #expect(folder.bytes() == Data(text.utf8))
        let integrity = StoreIntegrity.check(store.network)
        #expect(integrity.duplicateIDs.first?.names == ["First Alpha", "Second Beta"])
    }

    @Test func integrityFindsDanglingLinksDatesAndSchema() {
        var network = Network(contacts: [Contact(id: "a", name: "Ana", added: day("1850-01-01"))])
        network.contacts[0].knows = [Acquaintance("Bea", recorded: day("2026-11-01"), contactID: "gone")]
        network.introductions = [Introduction(first: "a", second: "nobody", why: "jazz", suggested: day("2026-11-01"))]
        network.schemaVersion = 0
        let integrity = StoreIntegrity.check(network)
        #expect(!integrity.isHealthy)
        #expect(integrity.danglingLinks.count == 2)
        #expect(integrity.datesOutOfRange == ["Ana, added: 1850-01-01"])
        #expect(integrity.badSchemaVersion == 0)
        #expect(
            StoreIntegrity.check(Network(contacts: [Contact(id: "a", name: "Ana", added: day("2026-01-01"))])).isHealthy
        )
    }
}

@Suite struct OutsideLockUpdateTests {
    @Test func aComputationIsSavedAsIsWhenNobodyWroteMeanwhile() throws {
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        try add("Ana", to: store)
        var runs = 0
        try store.updateComputingOutsideLock { network in
            runs += 1
            network.contacts.append(Contact(id: "bea", name: "Bea", added: day("2026-11-23")))
        }
        #expect(runs == 1)
        let reread = Store(location: folder.location)
        try reread.load()
        #expect(reread.network.contacts.map(\.name) == ["Ana", "Bea"])
    }

    @Test func aWriteMeanwhileMakesTheComputationRunAgainOnTheLatestVersion() throws {
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        try add("Ana", to: store)
        let other = Store(location: folder.location)
        var runs = 0
        let seen = try store.updateComputingOutsideLock { network -> [String] in
            runs += 1
            // Another process saves while the first computation runs (without the lock).
            if runs == 1 { try add("Cris", to: other) }
            network.contacts.append(Contact(id: "bea", name: "Bea", added: day("2026-11-23")))
            return network.contacts.map(\.name)
        }
        #expect(runs == 2)
        #expect(seen == ["Ana", "Cris", "Bea"])
        let reread = Store(location: folder.location)
        try reread.load()
        #expect(reread.network.contacts.map(\.name) == ["Ana", "Cris", "Bea"])
    }
}
