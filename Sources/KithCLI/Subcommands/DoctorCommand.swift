import ArgumentParser
import Foundation
import KithCore

/// `kith doctor`: checks the store, its backup and the files around them; `--restore` goes
/// back to the backup, keeping the damaged file aside.
struct DoctorCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the store and its backup; --restore goes back to the backup.")

    @Flag(help: "Replace the store with its backup (the current file is kept as store.json.damaged-…).")
    var restore = false

    func run(in session: Session) throws {
        let location = session.location
        if restore {
            try restoreBackup(location, session: session)
            return
        }
        session.say("Data folder: \(location.folder.path)")
        var healthy = true
        healthy = check(location.storeFile, label: "store", session: session) && healthy
        _ = check(location.backupFile, label: "backup", session: session)
        let drafts = DraftSlots(location: location)
        let caches = PromptBook.Language.allCases.map { location.solverCacheFile(language: $0.rawValue) }
        for file in [location.storeFile, location.backupFile, location.historyFile, location.lockFile] + caches + drafts.draftFiles() {
            if let mode = mode(of: file), mode & 0o077 != 0 {
                session.say("  ! \(file.lastPathComponent) is readable by others (mode \(String(mode, radix: 8))); fixing to 600")
                chmod(file.path, 0o600)
            }
        }
        if drafts.hasStoppedDraft() {
            session.say("  • an unfinished debrief is waiting: 'kith debrief --resume'")
        }
        if !healthy { throw ExitCode(1) }
    }

    private func check(_ file: URL, label: String, session: Session) -> Bool {
        guard FileManager.default.fileExists(atPath: file.path) else {
            session.say("  • \(label): \(file.lastPathComponent) does not exist yet")
            return true
        }
        do {
            let network = try Self.read(file, backup: session.location.backupFile)
            session.say("  ✓ \(label): \(file.lastPathComponent) is fine (\(network.contacts.count) \(network.contacts.count == 1 ? "person" : "people"))")
            return true
        } catch {
            session.say("  ✗ \(label): \(error)")
            return false
        }
    }

    private func restoreBackup(_ location: StoreLocation, session: Session) throws {
        try location.createFolder()
        let lock = try StoreLock(url: location.lockFile)
        defer { lock.unlock() }
        guard FileManager.default.fileExists(atPath: location.backupFile.path) else {
            throw CommandError("there is no backup to restore (\(location.backupFile.path))")
        }
        let network: Network
        do {
            network = try Self.read(location.backupFile, backup: location.backupFile)
        } catch {
            throw CommandError("the backup cannot be restored: \(error)")
        }
        if FileManager.default.fileExists(atPath: location.storeFile.path) {
            let stamp = Int(Date().timeIntervalSince1970)
            let aside = location.folder.appendingPathComponent("store.json.damaged-\(stamp)")
            guard link(location.storeFile.path, aside.path) == 0 else {
                throw CommandError("cannot keep the current store aside as \(aside.path): \(String(cString: strerror(errno)))")
            }
            session.say("The current store is kept as \(aside.path).")
        }
        let data = try Data(contentsOf: location.backupFile)
        try AtomicFileWriter().write(data, to: location.storeFile, mode: 0o600)
        session.say("Restored \(network.contacts.count) \(network.contacts.count == 1 ? "person" : "people") from \(location.backupFile.path).")
    }

    static func read(_ file: URL, backup: URL) throws -> Network {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw StoreError.unreadable(path: file.path, reason: "\(error.localizedDescription)")
        }
        return try StoreCodec.decode(data, path: file.path, backup: backup.path)
    }

    private func mode(of file: URL) -> mode_t? {
        var info = stat()
        guard stat(file.path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }
}
