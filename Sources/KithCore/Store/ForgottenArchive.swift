import Foundation

/// Someone removed with `kith forget`, with what pointed at them, so they can be restored.
public struct ForgottenPerson: Codable, Hashable, Sendable {
    /// Someone else's "knows" item that linked to the forgotten person.
    public struct Link: Codable, Hashable, Sendable {
        public var contactID: ContactID
        public var acquaintance: Acquaintance
    }

    public var forgotten: Day
    public var contact: Contact
    public var links: [Link] = []
    public var introductions: [Introduction] = []
    public var actionLog: [ActionLogEntry] = []

    public init(forgotten: Day, contact: Contact) {
        self.forgotten = forgotten
        self.contact = contact
    }
}

/// The archive of forgotten people: `forgotten.json` in the data folder (mode 0600).
///
/// It is a plain file the user can read; `kith forget --restore NAME` takes a person out of it.
public struct ForgottenArchive: Sendable {
    /// The archive could not be read or written.
    public struct Problem: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot use the archive of forgotten people \(path): \(reason)" }
    }

    public let file: URL

    public init(location: StoreLocation) {
        file = location.folder.appendingPathComponent("forgotten.json")
    }

    private struct Document: Codable {
        var schemaVersion: Int
        var people: [ForgottenPerson]
    }

    /// Everyone in the archive, oldest first.
    public func people() throws -> [ForgottenPerson] {
        try VersionedJSONFile.read(Document.self, from: file, as: .forgottenArchive)?.people ?? []
    }

    /// Replaces the archive's contents.
    public func write(_ people: [ForgottenPerson]) throws {
        // What a writer killed mid-write left behind goes first (the store's lock is held).
        AtomicFileWriter.removeLeftovers(of: file.lastPathComponent, in: file.deletingLastPathComponent())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let version = VersionedDocument.forgottenArchive.newestVersion
            let data = try encoder.encode(Document(schemaVersion: version, people: people))
            try AtomicFileWriter().write(data, to: file, mode: 0o600)
        } catch let error as WriteError {
            throw Problem(path: file.path, reason: error.reason)
        } catch {
            throw Problem(path: file.path, reason: "\(error)")
        }
    }
}
