import Foundation

/// What `kith sync` remembers between runs, in `sync-state.json` in the data folder (0600):
/// each card as last synced (its file name, the hash of its bytes and its text), so that a
/// change on either side is told apart from a change on both, and each task written.
package struct SyncState: Codable, Hashable, Sendable {
    /// One card as it was when both sides last agreed.
    package struct Card: Codable, Hashable, Sendable {
        package var file: String
        package var hash: String
        package var text: String
        /// For a card that joined someone who has a card of their own (another app's copy of the
        /// person): that contact's UID. Such a card brings its changes in and is never written.
        package var contact: String? = nil
        /// When the vdir holds the card in another program's layout: the hash of the card kith
        /// would write, so that only a change in kith counts as one.
        package var sent: String? = nil
    }

    /// One task file as kith last wrote it.
    package struct Task: Codable, Hashable, Sendable {
        package var file: String
        package var hash: String
        /// The action's key (rule, contact ids, item), to find the action again.
        package var key: String
        /// The day the task was first due, kept while the action stays open.
        package var due: Day
    }

    package var schemaVersion = VersionedDocument.syncState.newestVersion
    /// The contacts folder these cards were synced with: another folder starts afresh.
    package var contactsFolder: String?
    /// Cards by UID.
    package var cards: [String: Card] = [:]
    /// Tasks by UID.
    package var tasks: [String: Task] = [:]

    package init() {}

    /// The state file in `location`'s data folder.
    package static func file(in location: StoreLocation) -> URL {
        location.folder.appendingPathComponent("sync-state.json")
    }

    /// The state saved in `location`, or an empty one when there is none yet.
    package static func read(from location: StoreLocation) throws(SyncError) -> SyncState {
        let file = file(in: location)
        do {
            return try VersionedJSONFile.read(SyncState.self, from: file, as: .syncState) ?? SyncState()
        } catch {
            throw .unreadableState(error)
        }
    }

    /// Saves the state atomically, readable only by the user.
    package func write(to location: StoreLocation) throws(SyncError) {
        let file = Self.file(in: location)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            try AtomicFileWriter().write(try encoder.encode(self), to: file, mode: 0o600)
        } catch let error as WriteError {
            throw .writeFailed(path: file.path, reason: error.reason)
        } catch {
            throw .writeFailed(path: file.path, reason: "\(error)")
        }
    }
}

/// A stable hash of file contents (64-bit FNV-1a, hexadecimal): the same on every machine.
enum ContentHash {
    static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static func of(_ text: String) -> String { of(Data(text.utf8)) }
}
