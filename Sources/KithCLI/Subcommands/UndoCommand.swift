import ArgumentParser
import Foundation
import KithCore

/// `kith undo`: reverts the last change made through kith; again, the one before (up to
/// `UndoJournal.limit`). `kith undo ID` brings back one done, snoozed or dismissed action.
struct UndoCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Revert the last change made through kith, or bring back a hidden action.",
        discussion: """
            Each change kith saves (a debrief, done, snooze, log, tier, edit, import, forget, \
            merge, …) is kept in undo.json in your data folder, the last 50 of them. 'kith undo' \
            reverts the newest as an inverse change: what other kith windows saved since stays, \
            and a field changed again since is left as it is now. Run it again to go further \
            back; --list shows what it would revert, newest first. 'kith undo ID' brings back an \
            action you marked done, snoozed or dismissed ('kith today --snoozed' lists them).
            """)

    @Argument(help: "An action's id, to show it again in today's list.", completion: CompletionSources.hiddenActions)
    var id: String?

    @Flag(help: "List the changes undo can revert, newest first.")
    var list = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if list && id != nil { throw ValidationError("--list takes no action id") }
    }

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let journal = UndoJournal(location: session.location)
        if list {
            let entries = try journal.entries()
            if entries.isEmpty { session.say(prompts.text("undo.nothing")) }
            for (number, entry) in entries.reversed().enumerated() {
                session.say(
                    "\(number + 1). \(Self.shortTime(entry.when))  \(SafeQuote.text(entry.command, limit: 80))  "
                        + session.style.faint(summary(entry.change, prompts, done: true)))
            }
            return
        }
        let store = try session.loadedStore()
        if let id {
            let wanted = id.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["[", "]"])
            try store.update { network in
                guard network.actionLog.contains(where: { $0.id == wanted }) else {
                    throw CommandError(prompts.text("undo.noHidden", ["id": wanted]))
                }
                network.actionLog.removeAll { $0.id == wanted }
            }
            session.sayWrapped(prompts.text("undo.shown", ["id": wanted]))
            return
        }
        session.journalling = false
        defer { session.journalling = true }
        var undone: UndoJournal.Entry?
        try store.update { network in
            guard let last = try journal.entries().last else { throw CommandError(prompts.text("undo.nothing")) }
            network = try last.change.reverted(on: network)
            undone = last
        }
        guard let undone else { return }
        let archive = ForgottenArchive(location: session.location)
        let archived = Set((undone.change.archived ?? []).map(\.contact.id))
        let restored = (undone.change.restored ?? [])
        if !archived.isEmpty || !restored.isEmpty {
            try archive.write(try archive.people().filter { !archived.contains($0.contact.id) } + restored)
        }
        _ = try journal.pop()
        session.sayWrapped(
            prompts.text(
                "undo.done",
                ["command": SafeQuote.text(undone.command, limit: 80), "when": Self.shortTime(undone.when)]))
        let details = summary(undone.change, prompts)
        if !details.isEmpty { session.sayWrapped("  " + details, indent: 4) }
    }

    /// What undoing did ("taken out again: Ana Gil; back: Luis Pardo; as before: Marta
    /// Ruiz"), or with `done`, what the change itself did ("added Ana Gil").
    private func summary(_ change: NetworkChange, _ prompts: PromptBook, done: Bool = false) -> String {
        var parts: [String] = []
        let and = prompts.text("list.and")
        let prefix = done ? "undo.did." : "undo."
        if !change.added.isEmpty {
            parts.append(prompts.text(prefix + "added", ["names": change.added.joined(separator: and)]))
        }
        if !change.removed.isEmpty {
            parts.append(prompts.text(prefix + "removed", ["names": change.removed.joined(separator: and)]))
        }
        if !change.changed.isEmpty {
            parts.append(prompts.text(prefix + "changed", ["names": change.changed.joined(separator: and)]))
        }
        let actions = change.actionLogAdded.map { "[\($0.id)]" }
        if !actions.isEmpty { parts.append(prompts.text(prefix + "actions", ["ids": actions.joined(separator: " ")])) }
        let reopened = change.actionLogRemoved.map { "[\($0.id)]" }.filter { !actions.contains($0) }
        if !reopened.isEmpty {
            parts.append(prompts.text(prefix + "reopened", ["ids": reopened.joined(separator: " ")]))
        }
        if change.meBefore != nil || change.settingsBefore != nil { parts.append(prompts.text(prefix + "settings")) }
        return parts.joined(separator: "; ")
    }

    /// "2026-12-02 13:20 UTC" from the journal's ISO 8601 time.
    static func shortTime(_ iso: String) -> String {
        guard iso.count >= 16 else { return iso }
        return iso.prefix(16).replacingOccurrences(of: "T", with: " ") + (iso.hasSuffix("Z") ? " UTC" : "")
    }
}
