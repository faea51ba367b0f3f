import Foundation
import KithCore
import KithLineEditing

/// `kith doctor --restore [BACKUP]`: replaces the store with one of its backups, under the
/// store lock. Says what the restore drops, asks on a terminal (or needs `--yes`), keeps the
/// current file aside under a name no other restore uses, and keeps the restored version as
/// a new generation (see `StoreRestoration`).
struct StoreRestore {
    let session: Session
    let assumeYes: Bool

    func run(named name: String?) throws {
        let location = session.location
        try location.createFolder()
        let lock = try StoreLock(url: location.lockFile)
        defer { lock.unlock() }
        let restoration = StoreRestoration(location: location)
        do {
            let source = try restoration.backup(named: name, workingDirectory: session.file("."))
            let plan: StoreRestoration.Plan
            do {
                plan = try restoration.plan(source)
            } catch {
                throw CommandError(
                    "the backup \(source.path) cannot be restored: \(FileProblemText.describe(error, session))")
            }
            if plan.isCurrent {
                session.say(
                    "The store already is \(source.lastPathComponent) (\(Self.people(plan.restored.contacts.count))); nothing to restore."
                )
                return
            }
            describe(plan)
            guard try confirmed() else {
                session.say("Nothing was changed.")
                return
            }
            if let aside = try restoration.apply(plan) { session.say("The current store is kept as \(aside).") }
            session.say("Restored \(Self.people(plan.restored.contacts.count)) from \(source.path).")
        } catch let failure as StoreRestoration.Failure {
            throw CommandError(Self.text(failure))
        }
    }

    private static func text(_ failure: StoreRestoration.Failure) -> String {
        switch failure {
        case .ambiguous(let name, let count):
            return "'\(name)' matches \(count) backups; give more of the name ('kith doctor --backups' lists them)"
        case .notFound(let name, let folder):
            return "there is no backup named '\(name)' in \(folder) ('kith doctor --backups' lists them)"
        case .noBackups(let folder, let single):
            return "there is no backup to restore (none in \(folder), no \(single))"
        case .cannotKeepAside(let path, let reason):
            return "cannot keep the current store aside as \(path): \(reason)"
        case .tooManyRestores:
            return "cannot keep the current store aside: too many restores this second"
        }
    }

    private func describe(_ plan: StoreRestoration.Plan) {
        session.say("Restoring \(plan.source.lastPathComponent) (\(Self.people(plan.restored.contacts.count))).")
        guard plan.currentExists else {
            session.say("There is no current store, so nothing is dropped.")
            return
        }
        guard plan.current != nil else {
            session.say("The current store cannot be read; it will be kept aside, not deleted.")
            return
        }
        let (dropped, changed) = (plan.dropped, plan.changed)
        if dropped.isEmpty && changed.isEmpty {
            session.say("Every person in the current store is in the backup unchanged.")
        }
        if !dropped.isEmpty {
            let names = dropped.prefix(10).map(\.name).joined(separator: ", ")
            session.say(
                "This drops \(Self.people(dropped.count)) not in the backup: \(names)\(dropped.count > 10 ? ", …" : "")."
            )
        }
        if !changed.isEmpty {
            let names = changed.prefix(10).map(\.name).joined(separator: ", ")
            session.say(
                "This undoes changes made since the backup to \(Self.people(changed.count)): \(names)\(changed.count > 10 ? ", …" : "")."
            )
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

    static func people(_ count: Int) -> String { "\(count) \(count == 1 ? "person" : "people")" }
}
