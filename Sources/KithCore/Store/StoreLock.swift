import Foundation

/// An exclusive advisory lock (flock) on the store's lock file.
///
/// The lock lives on a separate file because saving renames a new file over the store, which
/// would leave a lock on the old inode useless. Released when the value is released or
/// `unlock()` is called.
public final class StoreLock {
    private var descriptor: Int32

    /// Blocks until the lock on `url` is held. Creates the lock file (0600) if needed.
    public init(url: URL) throws {
        descriptor = try Self.openLockFile(url)
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw StoreError.lockFailed(path: url.path, reason: reason)
        }
    }

    /// The lock on `url` if no other process holds it, else nil (never waits).
    public static func attempt(url: URL) throws -> StoreLock? {
        let descriptor = try openLockFile(url)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(descriptor)
            // Held by another process: say so. Anything else (no locks on this file system) is an error.
            if code == EWOULDBLOCK { return nil }
            throw StoreError.lockFailed(path: url.path, reason: String(cString: strerror(code)))
        }
        return StoreLock(holding: descriptor)
    }

    /// Opens (creating when missing) the lock file. A symlink is followed only to a file that
    /// exists: kith never creates a file wherever a dangling link happens to point.
    private static func openLockFile(_ url: URL) throws -> Int32 {
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if descriptor >= 0 { return descriptor }
        guard errno == ELOOP else {
            throw StoreError.lockFailed(path: url.path, reason: String(cString: strerror(errno)))
        }
        let followed = open(url.path, O_RDWR | O_CLOEXEC)
        if followed >= 0 { return followed }
        let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
        throw StoreError.lockFailed(
            path: url.path,
            reason:
                "it is a link to \(destination), which cannot be opened (\(String(cString: strerror(errno)))); remove the link and kith makes a new lock file"
        )
    }

    private init(holding descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Releases the lock.
    public func unlock() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { unlock() }
}
