import Foundation

/// Replacing the store with one of its backups (`kith doctor --restore`): which backup a name
/// means, what the restore drops, and the replacement itself. The caller holds the store lock
/// and asks the user.
public struct StoreRestoration {
    public let location: StoreLocation

    public init(location: StoreLocation) {
        self.location = location
    }

    /// Why no backup could be chosen, or the current store could not be kept aside.
    public enum Failure: Error, Equatable {
        /// `name` is the start of `count` backups' names.
        case ambiguous(name: String, count: Int)
        /// No backup in `folder` is called `name`, and no file has that path.
        case notFound(name: String, folder: String)
        /// No backup generation in `folder`, and no single backup file.
        case noBackups(folder: String, singleBackup: String)
        /// The current store could not be linked or copied to `path`.
        case cannotKeepAside(path: String, reason: String)
        /// Every aside name of this second is taken.
        case tooManyRestores
    }

    /// The named backup (a generation's name, a prefix of one, or a path), else the newest
    /// generation, else the older single backup `store.json.bak`. A relative path is read from
    /// `workingDirectory` (the process's own when nil).
    public func backup(named name: String?, workingDirectory: URL? = nil) throws(Failure) -> URL {
        let generations = StoreBackups(location: location).generations()
        if let name {
            if let exact = generations.first(where: { $0.name == name || $0.name == name + ".json" }) {
                return exact.url
            }
            let prefixed = generations.filter { $0.name.hasPrefix(name) }
            if prefixed.count == 1 { return prefixed[0].url }
            if prefixed.count > 1 { throw .ambiguous(name: name, count: prefixed.count) }
            let path = URL(fileURLWithPath: name, relativeTo: workingDirectory).absoluteURL
            if FileManager.default.fileExists(atPath: path.path) { return path }
            throw .notFound(name: name, folder: location.backupsFolder.path)
        }
        if let newest = generations.first { return newest.url }
        if FileManager.default.fileExists(atPath: location.backupFile.path) { return location.backupFile }
        throw .noBackups(folder: location.backupsFolder.path, singleBackup: location.backupFile.path)
    }

    /// What restoring one backup would do.
    public struct Plan {
        public let source: URL
        /// The backup's bytes and the network in them.
        public let data: Data
        public let restored: Network
        /// Whether a store file is there now, and the network in it when it can be read.
        public let currentExists: Bool
        public let current: Network?
        /// The store already is this backup, byte for byte.
        public let isCurrent: Bool

        /// People in the current store the backup does not have.
        public var dropped: [Contact] {
            guard let current else { return [] }
            let kept = Set(restored.contacts.map(\.id))
            return current.contacts.filter { !kept.contains($0.id) }
        }

        /// People the backup has in another state than the current store.
        public var changed: [Contact] {
            guard let current else { return [] }
            var kept: [ContactID: Contact] = [:]
            for contact in restored.contacts { kept[contact.id] = contact }
            return current.contacts.filter { contact in kept[contact.id].map { $0 != contact } ?? false }
        }
    }

    /// Reads the backup at `source` and the current store; throws `StoreError` when the backup
    /// cannot be read.
    public func plan(_ source: URL) throws -> Plan {
        let restored = try Store.readNetwork(at: source, backup: source.path)
        let data = try Data(contentsOf: source)
        let target = location.resolvedStoreFile
        let current = FileManager.default.contents(atPath: target.path)
        let network = current.flatMap { try? StoreCodec.decode($0, path: target.path, backup: source.path) }
        return Plan(
            source: source, data: data, restored: restored, currentExists: current != nil, current: network,
            isCurrent: current == data)
    }

    /// Keeps the current store aside (as `store.json.damaged-STAMP` when it cannot be read, else
    /// `.replaced-STAMP`), writes the backup in its place and keeps it as a new generation.
    /// Returns where the current store was kept, nil when there was none.
    public func apply(_ plan: Plan, now: Date = Date()) throws -> String? {
        let target = location.resolvedStoreFile
        let aside = plan.currentExists ? try keepAside(target, damaged: plan.current == nil, now: now) : nil
        try AtomicFileWriter().write(plan.data, to: target, mode: 0o600)
        StoreBackups(location: location).keep(plan.data)
        return aside
    }

    /// Links the current store to its aside name (adding a counter when a restore in the same
    /// second already took it), or copies it where hard links are not possible.
    private func keepAside(_ target: URL, damaged: Bool, now: Date) throws(Failure) -> String {
        let base = "store.json.\(damaged ? "damaged" : "replaced")-\(Int(now.timeIntervalSince1970))"
        for attempt in 0..<1000 {
            let aside = location.folder.appendingPathComponent(attempt == 0 ? base : "\(base)-\(attempt)")
            if link(target.path, aside.path) == 0 { return aside.path }
            if errno == EEXIST { continue }
            let reason = String(cString: strerror(errno))
            if let data = FileManager.default.contents(atPath: target.path),
                (try? AtomicFileWriter().write(data, to: aside, mode: 0o600)) != nil
            {
                return aside.path
            }
            throw .cannotKeepAside(path: aside.path, reason: reason)
        }
        throw .tooManyRestores
    }
}
