import Foundation
import KithCore
import KithLineEditing

/// `kith doctor --restore [BACKUP]`: replaces the store with one of its backups, under the
/// store lock. Says what the restore drops, asks on a terminal (or needs `--yes`), keeps the
/// current file aside under a name no other restore uses, and keeps the restored version as
/// a new generation.
struct StoreRestore {
    let session: Session
    let assumeYes: Bool

    func run(named name: String?) throws {
        let location = session.location
        try location.createFolder()
        let lock = try StoreLock(url: location.lockFile)
        defer { lock.unlock() }
        let source = try chooseBackup(named: name)
        let restored: Network
        do {
            restored = try DoctorCommand.read(source, backup: source)
        } catch {
            throw CommandError("the backup \(source.path) cannot be restored: \(error)")
        }
        let data = try Data(contentsOf: source)
        let target = location.resolvedStoreFile
        let current = FileManager.default.contents(atPath: target.path)
        if current == data {
            session.say("The store already is \(source.lastPathComponent) (\(Self.people(restored.contacts.count))); nothing to restore.")
            return
        }
        let currentNetwork = current.flatMap { try? StoreCodec.decode($0, path: target.path, backup: source.path) }
        describeDrop(from: currentNetwork, exists: current != nil, to: restored, source: source)
        guard try confirmed() else {
            session.say("Nothing was changed.")
            return
        }
        if current != nil {
            let aside = try keepAside(target, damaged: currentNetwork == nil)
            session.say("The current store is kept as \(aside).")
        }
        try AtomicFileWriter().write(data, to: target, mode: 0o600)
        StoreBackups(location: location).keep(data)
        session.say("Restored \(Self.people(restored.contacts.count)) from \(source.path).")
    }

    /// The named backup (a generation's name, a prefix of one, or a path), else the newest
    /// generation, else the older single backup `store.json.bak`.
    private func chooseBackup(named name: String?) throws -> URL {
        let location = session.location
        let generations = StoreBackups(location: location).generations()
        if let name {
            if let exact = generations.first(where: { $0.name == name || $0.name == name + ".json" }) { return exact.url }
            let prefixed = generations.filter { $0.name.hasPrefix(name) }
            if prefixed.count == 1 { return prefixed[0].url }
            if prefixed.count > 1 {
                throw CommandError("'\(name)' matches \(prefixed.count) backups; give more of the name ('kith doctor --backups' lists them)")
            }
            if FileManager.default.fileExists(atPath: session.file(name).path) { return session.file(name) }
            throw CommandError("there is no backup named '\(name)' in \(location.backupsFolder.path) ('kith doctor --backups' lists them)")
        }
        if let newest = generations.first { return newest.url }
        if FileManager.default.fileExists(atPath: location.backupFile.path) { return location.backupFile }
        throw CommandError("there is no backup to restore (none in \(location.backupsFolder.path), no \(location.backupFile.path))")
    }

    private func describeDrop(from current: Network?, exists: Bool, to restored: Network, source: URL) {
        session.say("Restoring \(source.lastPathComponent) (\(Self.people(restored.contacts.count))).")
        guard exists else {
            session.say("There is no current store, so nothing is dropped.")
            return
        }
        guard let current else {
            session.say("The current store cannot be read; it will be kept aside, not deleted.")
            return
        }
        var kept: [ContactID: Contact] = [:]
        for contact in restored.contacts { kept[contact.id] = contact }
        let dropped = current.contacts.filter { kept[$0.id] == nil }
        let changed = current.contacts.filter { contact in kept[contact.id].map { $0 != contact } ?? false }
        if dropped.isEmpty && changed.isEmpty {
            session.say("Every person in the current store is in the backup unchanged.")
        }
        if !dropped.isEmpty {
            let names = dropped.prefix(10).map(\.name).joined(separator: ", ")
            session.say("This drops \(Self.people(dropped.count)) not in the backup: \(names)\(dropped.count > 10 ? ", …" : "").")
        }
        if !changed.isEmpty {
            let names = changed.prefix(10).map(\.name).joined(separator: ", ")
            session.say("This undoes changes made since the backup to \(Self.people(changed.count)): \(names)\(changed.count > 10 ? ", …" : "").")
        }
    }

    private func confirmed() throws -> Bool {
        if assumeYes { return true }
        guard session.console.isTerminal(.input) else {
            throw CommandError("restoring replaces the store: run it on a terminal to be asked, or add --yes")
        }
        let reader = session.answerReader()
        guard case .line(let answer) = reader.readLine(prompt: "Restore it? [y/N] ") else { return false }
        return ["y", "yes", "s", "si", "sí"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Links the current store to `store.json.damaged-STAMP` (or `.replaced-STAMP`), adding a
    /// counter when a restore in the same second already took the name.
    private func keepAside(_ target: URL, damaged: Bool) throws -> String {
        let stamp = Int(Date().timeIntervalSince1970)
        let base = "store.json.\(damaged ? "damaged" : "replaced")-\(stamp)"
        for attempt in 0..<1000 {
            let aside = session.location.folder.appendingPathComponent(attempt == 0 ? base : "\(base)-\(attempt)")
            if link(target.path, aside.path) == 0 { return aside.path }
            if errno == EEXIST { continue }
            // No hard links (a store on another file system): a copy.
            if let data = FileManager.default.contents(atPath: target.path),
               (try? AtomicFileWriter().write(data, to: aside, mode: 0o600)) != nil { return aside.path }
            throw CommandError("cannot keep the current store aside as \(aside.path): \(String(cString: strerror(errno)))")
        }
        throw CommandError("cannot keep the current store aside: too many restores this second")
    }

    static func people(_ count: Int) -> String { "\(count) \(count == 1 ? "person" : "people")" }
}
