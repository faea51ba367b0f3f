import Foundation

/// Replaces a file's contents all at once, or not at all.
///
/// Writes a temporary file in the same folder, fsyncs it, renames it over the target and fsyncs
/// the folder, so a crash leaves either the old file or the new one, never a mix. The file gets
/// the requested mode (0600 by default) whatever the process umask is.
public struct AtomicFileWriter: Sendable {
    /// The marker in temporary file names, used to find leftovers after a crash.
    public static let temporaryMarker = ".tmp-"

    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .posix) {
        self.fileSystem = fileSystem
    }

    /// Writes `data` to `url` atomically with the given permissions.
    public func write(_ data: Data, to url: URL, mode: mode_t = 0o600) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            url.lastPathComponent + AtomicFileWriter.temporaryMarker
                + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            throw WriteError(path: url.path, reason: String(cString: strerror(errno)))
        }
        var closed = false
        func fail(_ code: Int32) -> WriteError {
            if !closed { close(fd) }
            unlink(temporary.path)
            return WriteError(path: url.path, reason: String(cString: strerror(code)))
        }
        guard fchmod(fd, mode) == 0 else { throw fail(errno) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let slice = UnsafeRawBufferPointer(rebasing: buffer[offset...])
                let written = fileSystem.write(fd, slice)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw fail(errno)
                }
                if written == 0 { throw fail(ENOSPC) }
                offset += written
            }
        }
        guard fileSystem.fsync(fd) == 0 else { throw fail(errno) }
        closed = true
        guard close(fd) == 0 else { throw fail(errno) }
        guard rename(temporary.path, url.path) == 0 else { throw fail(errno) }
        AtomicFileWriter.syncFolder(folder)
    }

    /// Flushes a folder's entries (a rename) to disk.
    static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            _ = fsync(fd)
            close(fd)
        }
    }

    /// Removes every temporary file in `folder` whose writer (the process id in its name) is
    /// gone: what a debrief killed by SIGHUP or kill -9 left while writing its draft, say. A
    /// live writer's file is never touched.
    public static func removeLeftoversOfDeadWriters(in folder: URL) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for entry in entries {
            guard let marker = entry.range(of: temporaryMarker) else { continue }
            let digits = entry[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
            guard let pid = pid_t(digits), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink(folder.appendingPathComponent(entry).path)
            }
        }
    }

    /// Removes temporary files left in `folder` by a writer that crashed while writing `name`.
    ///
    /// Call it only while holding the lock that writers of `name` take.
    public static func removeLeftovers(of name: String, in folder: URL) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for entry in entries where entry.hasPrefix(name + temporaryMarker) {
            unlink(folder.appendingPathComponent(entry).path)
        }
    }
}

/// A file could not be written; the previous contents are untouched.
public struct WriteError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let reason: String

    public var description: String {
        "could not write \(path): \(reason); the previous version is untouched"
    }
}
