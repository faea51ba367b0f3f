import Foundation

/// Where kith keeps the user's data: the folder and the files inside it.
///
/// The folder is `$KITH_HOME` when set, else `$XDG_DATA_HOME/kith`, else `~/.local/share/kith`.
public struct StoreLocation: Hashable, Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// Resolves the data folder from an environment (normally `ProcessInfo.processInfo.environment`).
    public init(environment: [String: String]) {
        if let home = environment["KITH_HOME"], !home.isEmpty {
            self.init(folder: URL(fileURLWithPath: home, isDirectory: true))
        } else if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            self.init(folder: URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("kith"))
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            self.init(
                folder: URL(fileURLWithPath: home, isDirectory: true)
                    .appendingPathComponent(".local/share/kith"))
        }
    }

    /// The knowledge store.
    public var storeFile: URL { folder.appendingPathComponent("store.json") }
    /// The file saves replace: the store file itself, or the file a symlinked store points to
    /// (followed to the end; a dangling link's target is where the first save goes).
    public var resolvedStoreFile: URL { Self.resolvingLinks(storeFile) }

    /// `url`, or the file it links to when it is a symlink (followed to the end, at most 16
    /// links; a dangling link's target is where a new file goes). Writing there keeps the link.
    public static func resolvingLinks(_ url: URL) -> URL {
        var current = url
        for _ in 0..<16 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else {
                return current
            }
            current =
                destination.hasPrefix("/")
                ? URL(fileURLWithPath: destination)
                : current.deletingLastPathComponent().appendingPathComponent(destination).standardizedFileURL
        }
        return current
    }
    /// The previous version of the store, kept on every save.
    public var backupFile: URL { folder.appendingPathComponent("store.json.bak") }
    /// The generations of the store (see `StoreBackups`).
    public var backupsFolder: URL { folder.appendingPathComponent("backups", isDirectory: true) }
    /// The lock taken around every read-modify-write of the store.
    public var lockFile: URL { folder.appendingPathComponent("store.lock") }
    /// The shell's history.
    public var historyFile: URL { folder.appendingPathComponent("history") }
    /// Solver answers kept between runs (derived; safe to delete).
    public var solverCacheFile: URL { solverCacheFile(language: "en") }

    /// The solver answers with reasons in `language` ("en" is `solver-answers.cache`).
    public func solverCacheFile(language: String) -> URL {
        folder.appendingPathComponent(language == "en" ? "solver-answers.cache" : "solver-answers-\(language).cache")
    }
    /// An unfinished debrief.
    public var draftFile: URL { draftFile(slot: 0) }

    /// The draft of the debrief in `slot`: each debrief running at the same time (two shells)
    /// has its own; slot 0 is `debrief-draft.json`, slot 1 `debrief-draft-2.json`, and so on.
    public func draftFile(slot: Int) -> URL {
        folder.appendingPathComponent(slot == 0 ? "debrief-draft.json" : "debrief-draft-\(slot + 1).json")
    }

    /// Creates the folder (mode 0700) when it does not exist.
    public func createFolder() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StoreError.unusableFolder(path: folder.path, reason: "it is a file, not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.unusableFolder(path: folder.path, reason: describe(error))
        }
    }
}

/// A short text for a Foundation or POSIX error.
func describe(_ error: Error) -> String {
    if let posix = error as? POSIXError {
        return String(cString: strerror(posix.code.rawValue))
    }
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(underlying.code)))
    }
    if ns.domain == NSCocoaErrorDomain {
        // Foundation's own texts ("The operation could not be completed…") say nothing useful.
        switch ns.code {
        case CocoaError.fileReadNoPermission.rawValue, CocoaError.fileWriteNoPermission.rawValue:
            return "permission denied (check the owner and mode of the file and its folder)"
        case CocoaError.fileReadNoSuchFile.rawValue, CocoaError.fileNoSuchFile.rawValue:
            return "no such file"
        case CocoaError.fileReadCorruptFile.rawValue, CocoaError.fileReadInapplicableStringEncoding.rawValue:
            return "the file's contents are not readable text"
        case CocoaError.fileWriteOutOfSpace.rawValue:
            return "the disk is full"
        case CocoaError.fileReadTooLarge.rawValue:
            return "the file is too large to read"
        default:
            var isDirectory: ObjCBool = false
            if let path = ns.userInfo[NSFilePathErrorKey] as? String,
                FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
            {
                return "it is a folder, not a file"
            }
            return "the file could not be read or written (error \(ns.code))"
        }
    }
    return ns.localizedDescription
}

/// A short text for a Foundation or POSIX file error: what happened, never Foundation's
/// generic "The operation could not be completed".
public func describeFileError(_ error: Error) -> String { describe(error) }
