import Foundation
import Testing

@testable import KithCore

/// The shortcut for a sync with nothing to do: taken only while every input looks as it did
/// after the last sync that changed nothing; any change on either side, a new day or another
/// language means a full sync again.
struct QuietSyncTests {
    /// Later than every file the test wrote by more than the settle time.
    let later = Date().addingTimeInterval(30)

    func quiet(_ device: SyncDevice, day: Day? = nil, language: String = "en", files: [String] = []) -> QuietSync {
        QuietSync(
            location: device.store.location, settings: device.settings, day: day ?? device.today,
            language: language, files: files)
    }

    /// Records the snapshot as a sync that changed nothing would, `now` long after the writes.
    func settle(_ quiet: QuietSync, now: Date? = nil) throws {
        try quiet.record(now: now ?? later, since: quiet.look())
    }

    /// A device with two people, synced, then synced again with nothing to do and recorded.
    func syncedDevice() throws -> SyncDevice {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz", email: "ana@ruiz.example"))
        try device.add(person("b2", "Ben Ortiz"))
        try device.syncContacts()
        _ = try device.sync.syncTasks(actions: [], dryRun: false)
        #expect(try device.syncContacts().changes.isEmpty)
        try settle(quiet(device))
        return device
    }

    @Test func nothingChangedTakesTheShortcut() throws {
        let device = try syncedDevice()
        #expect(quiet(device).holds())
        #expect(quiet(device).holds(), "checking changes nothing")
        let mode = try FileManager.default.attributesOfItem(atPath: quiet(device).file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aCardEditedInPlaceToTheSameSizeIsStillSeen() throws {
        let device = try syncedDevice()
        try device.change("Ana Ruiz") { $0.role = "Architect" }
        try device.syncContacts()
        try device.syncContacts()
        try settle(quiet(device))
        #expect(quiet(device).holds())
        let file = try #require(device.file(of: "Ana Ruiz"))
        let path = device.vdir.appendingPathComponent(file).path
        let before = try FileManager.default.attributesOfItem(atPath: path)
        let edited = device.card(file).replacingOccurrences(of: "TITLE:Architect", with: "TITLE:Architekt")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        let after = try FileManager.default.attributesOfItem(atPath: path)
        #expect(before[.size] as? Int == after[.size] as? Int, "same size")
        #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int, "same file")
        #expect(!quiet(device).holds())
        let report = try device.syncContacts()
        #expect(report.changes.first?.side == .kith && report.changes.first?.fields == ["role"])
        #expect(device.contact("Ana Ruiz")?.role == "Architekt")
    }

    @Test func aCardWithOnlyItsTimesSetBackIsStillSeen() throws {
        let device = try syncedDevice()
        let file = try #require(device.file(of: "Ana Ruiz"))
        let path = device.vdir.appendingPathComponent(file).path
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        let text = device.card(file).replacingOccurrences(of: "FN:Ana Ruiz", with: "FN:Ana Ruix")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        #expect(!quiet(device).holds(), "the change time still moved")
        #expect(try device.syncContacts().changes.first?.side == .kith)
    }

    @Test func aStoreChangedByAnotherKithIsSeen() throws {
        let device = try syncedDevice()
        let other = Store(location: device.store.location)
        try other.update { network in
            guard let at = network.contacts.firstIndex(where: { $0.name == "Ben Ortiz" }) else { return }
            network.contacts[at].role = "Baker"
        }
        #expect(!quiet(device).holds())
        let report = try device.syncContacts()
        #expect(report.changes.first?.side == .vdir && report.changes.first?.fields == ["role"])
    }

    @Test func aNewDayALanguageOrAnotherFileMeansAFullSync() throws {
        let device = try syncedDevice()
        #expect(!quiet(device, day: device.today.adding(days: 1)).holds(), "tasks are computed for the day")
        #expect(!quiet(device, language: "es").holds())
        let config = device.root.appendingPathComponent("config.toml")
        try Data("[sync]\n".utf8).write(to: config)
        #expect(!quiet(device, files: [config.path]).holds(), "a file the snapshot did not watch")
        try settle(quiet(device, files: [config.path]))
        #expect(quiet(device, files: [config.path]).holds())
        try Data("[sync]\ntags = [\"x\"]\n".utf8).write(to: config)
        #expect(!quiet(device, files: [config.path]).holds(), "the configuration changed")
        let shipped = device.root.appendingPathComponent("share")
        try FileManager.default.createDirectory(at: shipped, withIntermediateDirectories: true)
        try settle(quiet(device, files: [shipped.path]))
        #expect(quiet(device, files: [shipped.path]).holds())
        try Data("{}".utf8).write(to: shipped.appendingPathComponent("rules.json"))
        #expect(!quiet(device, files: [shipped.path]).holds(), "a file added to a watched folder")
    }

    @Test func aTaskOrCardAddedOrRemovedMeansAFullSync() throws {
        let device = try syncedDevice()
        let task = device.tasks.appendingPathComponent("new.ics")
        try Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8).write(to: task)
        #expect(!quiet(device).holds())
        try FileManager.default.removeItem(at: task)
        try settle(quiet(device))
        let file = try #require(device.file(of: "Ben Ortiz"))
        try FileManager.default.removeItem(at: device.vdir.appendingPathComponent(file))
        #expect(!quiet(device).holds())
        #expect(try device.syncContacts().pendingDeletions == ["Ben Ortiz"])
    }

    @Test func freshFilesOrNoSnapshotMeanAFullSync() throws {
        let device = try syncedDevice()
        try settle(quiet(device), now: Date())
        #expect(!quiet(device).holds(), "files written within the settle time are not trusted")
        try settle(quiet(device))
        quiet(device).forget()
        #expect(!quiet(device).holds())
        try Data("{".utf8).write(to: quiet(device).file)
        #expect(!quiet(device).holds(), "a broken snapshot")
    }

    @Test func aChangeWhileTheSyncRanIsNotRecorded() throws {
        let device = try syncedDevice()
        quiet(device).forget()
        let start = quiet(device).look()
        let other = Store(location: device.store.location)
        try other.update { network in network.contacts[0].role = "Baker" }
        try quiet(device).record(now: later, since: start)
        #expect(!quiet(device).holds(), "the sync may have read the store before the change")
        #expect(try device.syncContacts().changes.first?.fields == ["role"])
    }
}
