import ArgumentParser
import Foundation
import KithCore
import KithLineEditing

/// `kith edit`'s loop: open the contact in the editor, check what was saved, re-open with the
/// error on top until it is valid, and save it through the store. What the user typed is kept in
/// the file until it is saved; when the edit is abandoned the file's path is printed.
///
/// The save is a three-way merge against the version the edit started from, so a `log` or a
/// debrief saved while the editor was open is kept. A field changed both in the editor and
/// meanwhile re-opens the editor with both values (on a terminal) or is refused (without one).
/// Without a terminal, an invalid file is refused after one try instead of re-opening.
struct ContactEditSession {
    let session: Session
    let original: Contact
    let editor: EditorLauncher

    /// The save found fields changed both here and meanwhile.
    private struct Conflicted: Error {
        let current: Contact
        let outcome: ContactThreeWayMerge.Outcome
    }

    func run() throws {
        var original = self.original
        let onTerminal = session.console.isTerminal(.input)
        var conflictShown = false
        let file = try PrivateEditFile.create(in: session.location, label: original.id)
        var written = Data(try ContactEditText.text(of: original).utf8)
        try file.write(String(decoding: written, as: UTF8.self))
        var lastProblem: String?
        while true {
            let status = try editor.edit(file.url)
            guard status == 0 else {
                return try abandon("the editor exited with status \(status)", file: file)
            }
            guard let saved = file.read() else {
                throw CommandError("the file being edited is gone (\(file.path)); nothing saved")
            }
            // After a conflict, saving the re-opened file as it is keeps the values shown.
            if saved == written && !conflictShown {
                if let lastProblem { return try abandon("no change after the error (\(lastProblem))", file: file) }
                file.remove()
                session.say("No changes to \(original.name).")
                return
            }
            guard let savedText = String(data: saved, encoding: .utf8) else {
                let position = JSONSyntaxLocator.firstProblem(in: saved).map { " at \($0)" } ?? ""
                lastProblem = "the text is not valid UTF-8\(position)"
                written = saved
                session.warn("Not saved: \(lastProblem ?? ""). Re-opening the editor.")
                continue
            }
            let text =
                lastProblem.map { ContactEditText.withoutError(Self.fileMessage($0), in: savedText) } ?? savedText
            switch ContactEditText.contact(from: text, expectedID: original.id) {
            case .success(let edited):
                do {
                    try save(edited, base: original, file: file)
                    return
                } catch let conflict as Conflicted {
                    let message =
                        "changed here and meanwhile: "
                        + conflict.outcome.conflicts.map(\.description).joined(separator: "; ")
                    guard onTerminal else { return try abandon(message, file: file) }
                    // Start again from the latest version, with this edit merged in as far as it goes.
                    original = conflict.current
                    conflictShown = true
                    lastProblem = message + " (the file holds yours; keep the value you want)"
                    let reopened = ContactEditText.withError(
                        Self.fileMessage(lastProblem ?? ""), in: try ContactEditText.text(of: conflict.outcome.merged))
                    session.warn(
                        "Not saved: \(message). Re-opening the editor with your values; change any you want to keep from meanwhile."
                    )
                    try file.write(reopened)
                    written = Data(reopened.utf8)
                    continue
                }
            case .failure(let problem):
                conflictShown = false
                lastProblem = problem.description
                guard onTerminal else {
                    return try abandon("the file is not a valid contact (\(problem))", file: file)
                }
                let reopened = ContactEditText.withError(Self.fileMessage(problem.description), in: text)
                session.warn("Not saved: \(problem). Re-opening the editor (your text is kept in \(file.path)).")
                if reopened == text, onTerminal {
                    session.warn("Press Enter to re-open the editor.")
                    _ = session.answerReader().readLine(prompt: "")
                }
                try file.write(reopened)
                written = Data(reopened.utf8)
            }
        }
    }

    /// The error as the `_error` line of the re-opened file says it.
    static func fileMessage(_ problem: String) -> String {
        "Not saved: \(problem). Fix it and save again; this line is ignored."
    }

    private func save(_ edited: Contact, base original: Contact, file: PrivateEditFile) throws {
        let changed = Self.changedFields(from: original, to: edited)
        guard !changed.isEmpty else {
            file.remove()
            session.say("No changes to \(original.name).")
            return
        }
        let meanwhile: [String]
        do {
            meanwhile = try session.loadedStore().update { network -> [String] in
                guard let at = network.index(of: original.id) else {
                    throw CommandError("\(original.name) was removed from your network while you were editing")
                }
                let current = network.contacts[at]
                guard current != original else {
                    network.contacts[at] = edited
                    return []
                }
                let outcome = try ContactThreeWayMerge.merge(base: original, ours: edited, theirs: current)
                guard outcome.conflicts.isEmpty else { throw Conflicted(current: current, outcome: outcome) }
                network.contacts[at] = outcome.merged
                return outcome.takenFromTheirs
            }
        } catch let conflict as Conflicted {
            throw conflict
        } catch {
            session.warn("Your text is kept in \(file.path).")
            throw error
        }
        file.remove()
        session.say("Saved \(edited.name) (changed: \(changed.joined(separator: ", "))).")
        if !meanwhile.isEmpty {
            session.say("Also kept what changed while you were editing: \(meanwhile.joined(separator: ", ")).")
        }
    }

    private func abandon(_ reason: String, file: PrivateEditFile) throws {
        session.warn("Nothing saved: \(reason). Your text is kept in \(file.path).")
        throw ExitCode(1)
    }

    /// The top-level fields whose JSON differs, in the contact's field order.
    static func changedFields(from old: Contact, to new: Contact) -> [String] {
        guard old != new else { return [] }
        let encoder = JSONEncoder()
        guard let a = try? encoder.encode(old), let b = try? encoder.encode(new),
            case .object(let before)? = try? JSONDecoder().decode(JSONValue.self, from: a),
            case .object(let after)? = try? JSONDecoder().decode(JSONValue.self, from: b)
        else { return ["fields"] }
        let keys = Set(before.keys).union(after.keys)
        let order = Contact.fieldOrder
        return keys.filter { before[$0] != after[$0] }
            .sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
    }
}

extension Contact {
    /// The order fields are written in, for listing changes.
    static let fieldOrder = [
        "id", "name", "emails", "phones", "links", "company", "role", "tags", "added", "needs", "offers",
        "knows", "promises", "notes", "interactions", "birthday", "tier", "vcardExtras",
    ]
}
