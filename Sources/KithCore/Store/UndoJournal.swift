import Foundation

/// The changes made through kith, newest last, so `kith undo` can revert them one by one.
///
/// Kept in `undo.json` in the data folder (mode 0600), at most `limit` entries; written inside
/// the store's lock, right after the store itself, so its order is the order of the saves.
public struct UndoJournal: Sendable {
    /// One change and what made it.
    public struct Entry: Codable, Hashable, Sendable {
        /// When it was saved (ISO 8601, UTC).
        public var when: String
        /// The command that made it, as typed.
        public var command: String
        public var change: NetworkChange
    }

    /// The journal file could not be written (reading it fails with a `FileProblem`).
    public struct Problem: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot use the undo journal \(path): \(reason)" }
    }

    /// How many changes are kept.
    public static let limit = 50

    public let file: URL

    public init(location: StoreLocation) {
        file = location.folder.appendingPathComponent("undo.json")
    }

    private struct Document: Codable {
        var schemaVersion: Int
        var entries: [Entry]
    }

    /// The entries, oldest first; none when the file does not exist.
    public func entries() throws -> [Entry] {
        try VersionedJSONFile.read(Document.self, from: file, as: .undoJournal)?.entries ?? []
    }

    /// Adds a change (an empty one is not kept).
    public func record(_ change: NetworkChange, command: String, at date: Date) throws {
        guard !change.isEmpty else { return }
        var all = (try? entries()) ?? []
        all.append(Entry(when: Self.timestamp(date), command: command, change: change))
        try write(Array(all.suffix(Self.limit)))
    }

    /// Removes the newest entry and returns it.
    public func pop() throws -> Entry? {
        var all = try entries()
        guard let last = all.popLast() else { return nil }
        try write(all)
        return last
    }

    private func write(_ entries: [Entry]) throws {
        // What a writer killed mid-write left behind goes first (the store's lock is held).
        AtomicFileWriter.removeLeftovers(of: file.lastPathComponent, in: file.deletingLastPathComponent())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            let version = VersionedDocument.undoJournal.newestVersion
            let data = try encoder.encode(Document(schemaVersion: version, entries: entries))
            try AtomicFileWriter().write(data, to: file, mode: 0o600)
        } catch let error as WriteError {
            throw Problem(path: file.path, reason: error.reason)
        } catch {
            throw Problem(path: file.path, reason: "\(error)")
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
