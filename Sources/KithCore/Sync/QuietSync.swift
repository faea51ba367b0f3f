import Foundation

/// The shortcut for a sync with nothing to do. After a sync that found nothing to change, it
/// records in `sync-snapshot.json` (0600, beside the sync state) how every input looked: the
/// data folder's entries (store, sync state, rules, archive), the contacts and tasks folders'
/// entries, the other files given (configuration, prompts, shipped data, the program), the day and the
/// language. While all of that looks the same, a sync would find nothing again, so it need
/// neither load the store nor read a card. Anything that differs, or cannot be told, means a full sync.
package struct QuietSync: Sendable {
    /// How everything looked: what is recorded and compared.
    package struct Snapshot: Codable, Hashable, Sendable {
        package var day: Day
        package var language: String
        package var stamps: [String]
    }

    package let location: StoreLocation
    package let settings: SyncSettings
    package let day: Day
    package let language: String
    /// Other files a sync's outcome depends on (a folder stands for its entries).
    package let files: [String]

    /// Inputs changed less than this before a snapshot are not trusted by their stamp alone: a
    /// file's times are coarse, so a later write within the same tick could keep them.
    static let settleNanoseconds: Int64 = 1_000_000_000

    package init(location: StoreLocation, settings: SyncSettings, day: Day, language: String, files: [String]) {
        self.location = location
        self.settings = settings
        self.day = day
        self.language = language
        self.files = files
    }

    /// The snapshot file in the data folder.
    package var file: URL { location.folder.appendingPathComponent("sync-snapshot.json") }

    /// True when everything looks as it did after the last sync that changed nothing.
    package func holds() -> Bool {
        guard let data = FileManager.default.contents(atPath: file.path),
            let recorded = try? JSONDecoder().decode(Snapshot.self, from: data)
        else { return false }
        return recorded == take().snapshot
    }

    /// How everything looks, taken before a sync reads anything.
    package struct Look: Equatable, Sendable {
        let snapshot: Snapshot
        /// The latest modification or change time among the inputs, in nanoseconds since 1970.
        let latest: Int64
    }

    /// How everything looks now.
    package func look() -> Look {
        let (snapshot, latest) = take()
        return Look(snapshot: snapshot, latest: latest)
    }

    /// Records how everything looks now, after a sync that changed nothing and began by taking
    /// `start`; records nothing when an input changed since `start` (the sync may have read it
    /// before the change) or too shortly before `now` to be trusted.
    package func record(now: Date, since start: Look) throws(SyncError) {
        let (snapshot, latest) = take()
        let limit = Int64(now.timeIntervalSince1970 * 1_000_000_000) - Self.settleNanoseconds
        guard snapshot == start.snapshot, latest < limit else {
            forget()
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            try AtomicFileWriter().write(try encoder.encode(snapshot), to: file, mode: 0o600)
        } catch let error as WriteError {
            throw .writeFailed(path: file.path, reason: error.reason)
        } catch {
            throw .writeFailed(path: file.path, reason: "\(error)")
        }
    }

    /// Removes the snapshot, before a sync that may change something.
    package func forget() {
        unlink(file.path)
    }

    private func take() -> (snapshot: Snapshot, latest: Int64) {
        let snapshotName = file.lastPathComponent
        // The snapshot itself, the shell's history and caches derived from the store (checked
        // against it when read) have no say in what a sync does.
        var inputs = [
            InputStamp.folder(location.folder.path) { name in
                name == snapshotName || name == "history" || name.hasSuffix(".cache")
            }
        ]
        inputs.append(InputStamp.folder(settings.contactsFolder))
        if let tasks = settings.tasksFolder { inputs.append(InputStamp.folder(tasks)) }
        inputs += files.map(InputStamp.of)
        let settings = ["\(self.settings)"] + files
        let snapshot = Snapshot(day: day, language: language, stamps: settings + inputs.map(\.stamp))
        return (snapshot, inputs.map(\.latest).max() ?? 0)
    }
}
