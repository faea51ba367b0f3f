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
    /// Called after every save, still inside the lock, with the network before and after the
    /// change (the undo journal listens here).
    public var onSave: ((_ before: Network, _ after: Network) -> Void)?

    public init(location: StoreLocation, writer: AtomicFileWriter = AtomicFileWriter()) {
        self.location = location
        self.writer = writer
    }

    /// Loads the store from disk; a missing file is an empty network.
    public func load() throws {
        let (network, signature) = try readFromDisk()
        self.network = network
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
        try location.createFolder()
        let lock = try StoreLock(url: location.lockFile)
        defer { lock.unlock() }
        AtomicFileWriter.removeLeftovers(of: location.storeFile.lastPathComponent, in: location.folder)
        AtomicFileWriter.removeLeftovers(of: location.backupFile.lastPathComponent, in: location.folder)
        try reloadIfChanged()
        let before = network
        var changed = network
        let result = try change(&changed)
        try save(changed)
        onSave?(before, changed)
        return result
    }

    private func save(_ changed: Network) throws {
        let data: Data
        do {
            data = try StoreCodec.encode(changed)
        } catch {
            throw StoreError.writeFailed(path: location.storeFile.path, reason: "\(error)")
        }
        try keepBackup()
        do {
            try writer.write(data, to: location.storeFile, mode: 0o600)
        } catch let error as WriteError {
            throw StoreError.writeFailed(path: location.storeFile.path, reason: error.reason)
        }
        network = changed
        loadedSignature = FileSignature(path: location.storeFile.path)
        generation += 1
    }

    /// Makes the current store file the backup: a hard link renamed over the old backup, so
    /// the backup is complete at every instant and costs no copy.
    private func keepBackup() throws {
        let store = location.storeFile.path
        guard FileManager.default.fileExists(atPath: store) else { return }
        let backup = location.backupFile.path
        let temporary = backup + AtomicFileWriter.temporaryMarker + "\(getpid())"
        unlink(temporary)
        if link(store, temporary) != 0 {
            // File systems without hard links: fall back to an atomic copy.
            guard let data = FileManager.default.contents(atPath: store) else { return }
            do {
                try writer.write(data, to: location.backupFile, mode: 0o600)
            } catch let error as WriteError {
                throw StoreError.writeFailed(path: backup, reason: error.reason)
            }
            return
        }
        let renamed = rename(temporary, backup) == 0
        let reason = String(cString: strerror(errno))
        // When the backup already is the current store (a writer was stopped between keeping
        // the backup and replacing the store), both names are links to one file and rename(2)
        // does nothing: the temporary name must go either way.
        unlink(temporary)
        guard renamed else { throw StoreError.writeFailed(path: backup, reason: reason) }
        chmod(backup, 0o600)
    }

    private func readFromDisk() throws -> (Network, FileSignature?) {
        let path = location.storeFile.path
        let signature = FileSignature(path: path)
        guard signature != nil else { return (Network(), nil) }
        let data: Data
        do {
            data = try Data(contentsOf: location.storeFile)
        } catch {
            throw StoreError.unreadable(path: path, reason: describe(error))
        }
        let network = try StoreCodec.decode(data, path: path, backup: location.backupFile.path)
        return (network, signature)
    }
}

/// What identifies one version of a file: a save renames a new inode into place.
struct FileSignature: Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modifiedSeconds = info.st_mtimespec.tv_sec
        modifiedNanoseconds = info.st_mtimespec.tv_nsec
        #else
        modifiedSeconds = info.st_mtim.tv_sec
        modifiedNanoseconds = info.st_mtim.tv_nsec
        #endif
    }
}
