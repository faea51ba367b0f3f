import Foundation

/// The files built into kith (`ShippedFiles`), unpacked as a folder the readers can open.
///
/// The folder is `$XDG_CACHE_HOME/kith/shipped-<fingerprint>` (else `~/.cache/kith/…`, else the
/// temporary folder): one per set of files, written once and then only read. It is made beside
/// its final name and renamed into place, so two kith processes starting together never see a
/// half-written folder. It is derived data; deleting it is harmless.
package enum ShippedFilesFolder {
    /// The files built into this binary, by path (`data/rules.json`).
    package static var contents: [String: String] { ShippedFiles.contents }

    /// The unpacked folder, made if it is not there yet.
    package static func unpacked(environment: [String: String]) throws -> URL {
        var failures: [String] = []
        for base in candidateBases(environment) {
            let folder = base.appendingPathComponent("shipped-\(ShippedFiles.fingerprint)", isDirectory: true)
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".complete").path) {
                return folder
            }
            do {
                try unpack(into: folder)
                return folder
            } catch {
                failures.append("\(folder.path): \(error.localizedDescription)")
            }
        }
        throw ShareFolder.NotFound(
            reason: "cannot unpack kith's built-in prompts and data ("
                + failures.joined(separator: "; ") + "); set KITH_SHARE to a folder holding prompts/ and data/")
    }

    /// Where the folder may go, best first.
    static func candidateBases(_ environment: [String: String]) -> [URL] {
        var bases: [URL] = []
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            bases.append(URL(fileURLWithPath: cache, isDirectory: true).appendingPathComponent("kith"))
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            bases.append(URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/kith"))
        }
        bases.append(FileManager.default.temporaryDirectory.appendingPathComponent("kith-\(getuid())"))
        return bases
    }

    /// Writes every file into a fresh sibling folder, then renames it to `folder`.
    static func unpack(into folder: URL) throws {
        let manager = FileManager.default
        let base = folder.deletingLastPathComponent()
        try manager.createDirectory(at: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let staging = base.appendingPathComponent(
            ".\(folder.lastPathComponent)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? manager.removeItem(at: staging) }
        try manager.createDirectory(
            at: staging, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for (name, text) in ShippedFiles.contents {
            let file = staging.appendingPathComponent(name)
            try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try Data().write(to: staging.appendingPathComponent(".complete"))
        if rename(staging.path, folder.path) != 0 {
            // Another process got there first: its folder is as good as ours.
            if manager.fileExists(atPath: folder.appendingPathComponent(".complete").path) { return }
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder.path])
        }
    }
}
