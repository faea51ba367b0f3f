import Foundation

/// The user's knowledge store on disk, and the copy of it in memory.
///
/// Reading takes no lock (saves are atomic renames). Every change goes through `update(_:)`,
/// which takes the exclusive lock, re-reads the file if another process changed it since it was
/// loaded, applies the change to that latest version, keeps the previous file as the backup and
/// saves atomically. Two kith processes therefore never lose each other's writes.
public final class Store {
    public let location: StoreLocation
    public let writer: AtomicFileWriter
    /// The network as last loaded or saved.
    public private(set) var network = Network()
    /// Bumped whenever `network` changes, so derived indexes know when to rebuild.
    public private(set) var generation = 0
    private var loadedSignature: FileSignature?
    /// The time a save is stamped with in `backups/`.
    private let clock: @Sendable () -> Date
    /// Makes the UID of a contact saved without one (injectable so tests are deterministic).
    public var makeUID: () -> String = StoreMigration.newUID
    /// True while `update` holds the lock, so a migration inside it does not take it again.
    private var holdsLock = false
    /// Called after every save, still inside the lock, with the network before and after the
    /// change (the undo journal listens here).
    public var onSave: ((_ before: Network, _ after: Network) -> Void)?
    /// The coach settings when they live outside the store (in the configuration file): they
    /// replace the stored ones in `network`, and saves write back what the file held, untouched
    /// (see `moveSettingsOut`).
    public var externalSettings: NetworkSettings? {
        didSet {
            guard externalSettings != oldValue else { return }
            network.settings = externalSettings ?? storedSettings
            generation += 1
        }
    }
    /// Called under the lock, before the store is written, when a change alters the settings
    /// kept elsewhere: it keeps the new ones there, or throws and nothing is saved.
    public var onSettingsChange: ((_ old: NetworkSettings, _ new: NetworkSettings) throws -> Void)?
    /// The settings in the store file as last read or written.
    public internal(set) var storedSettings = NetworkSettings()

    public init(
        location: StoreLocation, writer: AtomicFileWriter = AtomicFileWriter(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.location = location
        self.writer = writer
        self.clock = clock
    }

    /// Loads the store from disk; a missing file is an empty network.
    public func load() throws {
        let (network, signature) = try readFromDisk()
        if network.schemaVersion < VersionedDocument.store.newestVersion { return try migrate() }
        adopt(network)
        self.loadedSignature = signature
        generation += 1
    }

    /// Reloads when another process saved since this one loaded. Returns true when it did.
    @discardableResult
    public func reloadIfChanged() throws -> Bool {
        guard FileSignature(path: location.storeFile.path) != loadedSignature else { return false }
        try load()
        return true
    }

    /// Applies `change` to the latest version of the network and saves it.
    ///
    /// When `change` throws, nothing is written and the error is rethrown.
    @discardableResult
    public func update<Result>(_ change: (inout Network) throws -> Result) throws -> Result {
        try locked { _ in
            var changed = network
            let result = try change(&changed)
            try saveChange(changed)
            return result
        }
    }

    /// Like `update`, for a long computation (an import): `change` runs first on the version in
    /// memory without the lock, so other writers (a debrief) are not kept waiting; then, under
    /// the lock, the result is saved if the file did not change meanwhile, or `change` runs again
    /// on the latest version (re-validated against what others saved).
    @discardableResult
    public func updateComputingOutsideLock<Result>(_ change: (inout Network) throws -> Result) throws -> Result {
        try refresh()
        let startedFrom = loadedSignature
        var precomputed = network
        let early = try change(&precomputed)
        return try locked { current in
            if current == startedFrom {
                try saveChange(precomputed)
                return early
            }
            var changed = network
            let result = try change(&changed)
            try saveChange(changed)
            return result
        }
    }

    /// Runs `body` under the store lock on the latest version (passing the signature of the
    /// file it read), after removing crashed writers' leftovers and refusing a store whose ids
    /// are not unique.
    func locked<Result>(_ body: (FileSignature?) throws -> Result) throws -> Result {
        try location.createFolder()
        let lock = try StoreLock(url: location.lockFile)
        holdsLock = true
        defer {
            holdsLock = false
            lock.unlock()
        }
        let target = location.resolvedStoreFile
        AtomicFileWriter.removeLeftovers(of: target.lastPathComponent, in: target.deletingLastPathComponent())
        AtomicFileWriter.removeLeftovers(of: location.backupFile.lastPathComponent, in: location.folder)
        AtomicFileWriter.removeLeftoversOfDeadWriters(in: location.folder)
        let before = FileSignature(path: location.storeFile.path)
        try refresh()
        // With two people under one id, "log Bea" could land on Ana: refuse every change.
        let duplicates = StoreIntegrity.duplicateIDs(in: network)
        guard duplicates.isEmpty else { throw StoreError.duplicateIDs(path: location.storeFile.path, ids: duplicates) }
        return try body(before)
    }

    /// Reloads when another process saved; a missing store is read again, so that with backups
    /// beside it, it is an error rather than an empty start.
    private func refresh() throws {
        if FileSignature(path: location.storeFile.path) == nil { try load() } else { try reloadIfChanged() }
    }

    /// Migrates a store an older kith wrote, under the lock; the file as it was is kept beside
    /// it as `store.schema-N.json` (N its version) before the migrated one replaces it.
    private func migrate() throws {
        let lock = holdsLock ? nil : try StoreLock(url: location.lockFile)
        defer { lock?.unlock() }
        var (network, signature) = try readFromDisk()
        let version = network.schemaVersion
        // A damaged store (two people under one id) is migrated in memory only: every write to
        // it is refused until doctor's advice is followed, and the migration is no exception.
        if StoreMigration.migrate(&network, makeUID: makeUID), StoreIntegrity.duplicateIDs(in: network).isEmpty {
            let kept = location.folder.appendingPathComponent("store.schema-\(version).json")
            if !FileManager.default.fileExists(atPath: kept.path) {
                do {
                    try writer.write(try Data(contentsOf: location.storeFile), to: kept, mode: 0o600)
                } catch {
                    throw StoreError.writeFailed(path: kept.path, reason: describe(error))
                }
            }
            storedSettings = network.settings
            try save(network)
            return
        }
        adopt(network)
        self.loadedSignature = signature
        generation += 1
    }

    /// Saves a change the user made and tells `onSave` (a migration is saved without it).
    private func saveChange(_ changed: Network) throws {
        let before = network
        try save(changed)
        onSave?(before, network)
    }

    /// Takes a network read from disk as the one in memory, with the external settings in effect.
    private func adopt(_ read: Network) {
        storedSettings = read.settings
        network = read
        if let externalSettings { network.settings = externalSettings }
    }

    func save(_ changed: Network) throws {
        var changed = changed
        changed.assignMissingUIDs(makeUID)
        var persisted = changed
        if let externalSettings {
            try keepSettingsElsewhere(changed.settings, replacing: externalSettings)
            // The file keeps its own, unless a change set others with nowhere else to keep
            // them: those stay in the file, to be moved out on the next load.
            if changed.settings == self.externalSettings { persisted.settings = storedSettings }
        }
        let data: Data
        do {
            data = try StoreCodec.encode(persisted)
        } catch {
            throw StoreError.writeFailed(path: location.storeFile.path, reason: "\(error)")
        }
        // Never write what this kith's own reader would refuse: every later command would fail.
        do {
            _ = try StoreCodec.decode(data, path: location.storeFile.path, backup: location.backupFile.path)
        } catch {
            throw StoreError.writeFailed(
                path: location.storeFile.path, reason: "the new version would not be readable (\(error))")
        }
        // A symlinked store (into a synced folder) is written through: the new file goes beside
        // the link's target and replaces the target, so the link keeps pointing at the saves.
        let target = location.resolvedStoreFile
        let pendingBackup = try prepareBackup(of: target)
        do {
            try writer.write(data, to: target, mode: 0o600)
        } catch let error as WriteError {
            if let pendingBackup { unlink(pendingBackup) }
            throw StoreError.writeFailed(path: location.storeFile.path, reason: error.reason)
        }
        // The new store is durable: only now does the previous version become the backup.
        if let pendingBackup { finishBackup(pendingBackup) }
        StoreBackups(location: location).keep(data, now: clock())
        adopt(persisted)
        loadedSignature = FileSignature(path: location.storeFile.path)
        generation += 1
    }

    /// Links the current store file to a temporary backup name (the old backup is untouched
    /// until `finishBackup`), so the backup is complete at every instant and costs no copy.
    /// Returns the temporary name, or nil when there is no store yet.
    private func prepareBackup(of store: URL) throws -> String? {
        guard FileManager.default.fileExists(atPath: store.path) else { return nil }
        let temporary = location.backupFile.path + AtomicFileWriter.temporaryMarker + "\(getpid())"
        unlink(temporary)
        if link(store.path, temporary) != 0 {
            // File systems without hard links (or a store elsewhere): a copy instead.
            guard let data = FileManager.default.contents(atPath: store.path) else { return nil }
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw StoreError.writeFailed(path: location.backupFile.path, reason: String(cString: strerror(errno)))
            }
            let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            let synced = fsync(fd) == 0
            close(fd)
            guard written == data.count, synced else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw StoreError.writeFailed(path: location.backupFile.path, reason: reason)
            }
        }
        return temporary
    }

    /// Renames the temporary backup over the backup. When the backup already is the same file
    /// (a writer stopped half way), rename(2) does nothing: the temporary name goes either way.
    private func finishBackup(_ temporary: String) {
        let backup = location.backupFile.path
        _ = rename(temporary, backup)
        unlink(temporary)
        chmod(backup, 0o600)
    }

    private func readFromDisk() throws -> (Network, FileSignature?) {
        let path = location.storeFile.path
        let signature = FileSignature(path: path)
        guard signature != nil else {
            // Only a store that is really not there is missing: a folder kith may not enter
            // must not look like an empty network.
            var info = stat()
            if stat(path, &info) != 0 && errno != ENOENT {
                let reason =
                    errno == EACCES
                    ? "permission denied (check the owner and mode of the data folder \(location.folder.path))"
                    : String(cString: strerror(errno))
                throw StoreError.unreadable(path: path, reason: reason)
            }
            // A missing store with backups beside it was deleted or lost, not never created:
            // starting empty would hide the user's network and, on the next saves, its backups.
            if let newest = StoreBackups(location: location).generations().first?.url.path
                ?? (FileManager.default.fileExists(atPath: location.backupFile.path) ? location.backupFile.path : nil)
            {
                throw StoreError.missing(path: path, backup: newest)
            }
            return (Network(), nil)
        }
        return (try Store.readNetwork(at: location.storeFile, backup: location.backupFile.path), signature)
    }

    /// The network in the store file at `url` (the store, or one of its backups); `backup` is
    /// the file an error suggests restoring from.
    public static func readNetwork(at url: URL, backup: String) throws -> Network {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StoreError.unreadable(path: url.path, reason: describe(error))
        }
        return try StoreCodec.decode(data, path: url.path, backup: backup)
    }
}
