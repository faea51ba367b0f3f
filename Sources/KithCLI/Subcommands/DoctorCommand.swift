import ArgumentParser
import Foundation
import KithCore
import KithLineEditing

/// `kith doctor`: checks the store (its JSON and its whole model), the backups and the files
/// around them; `--backups` lists the kept versions, `--restore [BACKUP]` goes back to one.
struct DoctorCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the store and its backups; --backups lists them, --restore [BACKUP] goes back to one.")

    @Flag(help: "List the kept versions of the store, newest first, with their dates and people counts.")
    var backups = false

    @Flag(help: "Replace the store with a backup (the newest unless named); the current file is kept aside.")
    var restore = false

    @Argument(help: "With --restore: the backup to restore (a name from --backups, or a path).")
    var backup: String?

    @Flag(help: "With --restore: do not ask before replacing the store (for scripts).")
    var yes = false

    func validate() throws {
        if backup != nil && !restore { throw ValidationError("a backup name is only taken with --restore") }
        if yes && !restore { throw ValidationError("--yes is only taken with --restore") }
        if backups && restore { throw ValidationError("give either --backups or --restore, not both") }
    }

    func run(in session: Session) throws {
        let location = session.location
        if restore {
            try StoreRestore(session: session, assumeYes: yes).run(named: backup)
            return
        }
        if backups {
            listBackups(session)
            return
        }
        session.say("Data folder: \(location.folder.path)")
        var healthy = true
        healthy = check(location.storeFile, label: "store", session: session) && healthy
        _ = check(location.backupFile, label: "backup", session: session, quietWhenMissing: true)
        let generations = StoreBackups(location: location).generations()
        if let newest = generations.first {
            session.say(
                "  • backups: \(generations.count) kept in backups/, newest \(newest.name) ('kith doctor --backups')")
        }
        let drafts = DraftSlots(location: location)
        let caches = PromptBook.Language.allCases.map { location.solverCacheFile(language: $0.rawValue) }
        for file in [location.storeFile, location.backupFile, location.historyFile, location.lockFile] + caches
            + drafts.draftFiles() + generations.map(\.url)
        {
            if let mode = mode(of: file), mode & 0o077 != 0 {
                session.say(
                    "  ! \(file.lastPathComponent) is readable by others (mode \(String(mode, radix: 8))); fixed to 600"
                )
                chmod(file.path, 0o600)
            }
        }
        for draft in drafts.unreadableStoppedDrafts() {
            session.say(
                "  ✗ the unfinished debrief \(draft.lastPathComponent) cannot be read: 'kith debrief --discard' sets it aside"
            )
        }
        if drafts.hasStoppedDraft() && drafts.unreadableStoppedDrafts().isEmpty {
            session.say(
                "  • an unfinished debrief is waiting: 'kith debrief --resume' to finish it, 'kith debrief --discard' to drop it"
            )
        }
        if !healthy { throw ExitCode(1) }
    }

    private func check(_ file: URL, label: String, session: Session, quietWhenMissing: Bool = false) -> Bool {
        guard FileManager.default.fileExists(atPath: file.path) else {
            if label == "store", let newest = StoreBackups(location: session.location).generations().first {
                session.say(
                    "  ✗ store: \(file.lastPathComponent) is missing, but backups exist (newest \(newest.name)): 'kith doctor --restore'"
                )
                return false
            }
            if !quietWhenMissing { session.say("  • \(label): \(file.lastPathComponent) does not exist yet") }
            return true
        }
        let network: Network
        do {
            network = try Self.read(file, backup: session.location.backupFile)
        } catch {
            session.say("  ✗ \(label): \(FileProblemText.describe(error, session))")
            return false
        }
        let integrity = StoreIntegrity.check(network)
        let count = network.contacts.count
        guard !integrity.isHealthy else {
            session.say(
                "  ✓ \(label): \(file.lastPathComponent) is fine (\(count) \(count == 1 ? "person" : "people"); ids unique, links and dates checked)"
            )
            return true
        }
        session.say(
            "  ✗ \(label): \(file.lastPathComponent) reads, but its contents are inconsistent (\(count) \(count == 1 ? "person" : "people")):"
        )
        for (id, names) in integrity.duplicateIDs {
            session.say(
                "      id \(id) is shared by \(names.joined(separator: ", ")): kith refuses changes until each has its own id"
            )
        }
        for link in integrity.danglingLinks.prefix(20) { session.say("      link to a missing person: \(link)") }
        for date in integrity.datesOutOfRange.prefix(20) { session.say("      date outside 1900–2999: \(date)") }
        if let version = integrity.badSchemaVersion {
            session.say("      schemaVersion is \(version); it must be 1 or more")
        }
        session.say(
            "    Nothing was changed. Fix the file by hand (each person its own id) or restore a backup: 'kith doctor --backups'."
        )
        return false
    }

    private func listBackups(_ session: Session) {
        let generations = StoreBackups(location: session.location).generations()
        guard !generations.isEmpty else {
            session.say("No backups yet in \(session.location.backupsFolder.path): one is kept after every save.")
            return
        }
        session.say("Backups in \(session.location.backupsFolder.path), newest first:")
        for generation in generations {
            let people: String
            if let network = try? Self.read(generation.url, backup: generation.url) {
                people = "\(network.contacts.count) \(network.contacts.count == 1 ? "person" : "people")"
            } else {
                people = "unreadable"
            }
            session.say("  \(generation.name)  \(Self.localTime(generation.saved))  \(people)")
        }
        session.say("Restore one with 'kith doctor --restore NAME' (the newest without a name).")
    }

    static func localTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    static func read(_ file: URL, backup: URL) throws -> Network {
        try Store.readNetwork(at: file, backup: backup.path)
    }

    private func mode(of file: URL) -> mode_t? {
        var info = stat()
        guard stat(file.path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }
}
