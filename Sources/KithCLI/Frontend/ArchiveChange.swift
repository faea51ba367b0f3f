import KithCore
import KithLineEditing

/// What one command did to the archive of forgotten people, kept with its change in the undo
/// journal so `kith undo` can reverse it too.
struct ArchiveChange {
    var archived: [ForgottenPerson]?
    var restored: [ForgottenPerson]?
}

/// Asking the user to confirm a step that removes something.
enum Confirmation {
    /// True when the user answers y or yes. Off a terminal nobody can answer: `needsYes` is
    /// thrown, so a script has to say `--yes`.
    static func ask(_ question: String, session: Session, needsYes: String) throws -> Bool {
        let reader = session.answerReader()
        guard reader.isInteractive else { throw CommandError(needsYes) }
        switch reader.readLine(prompt: question) {
        case .line(let answer):
            let folded = TextFolding.fold(answer.trimmingCharacters(in: .whitespaces))
            return ["y", "yes", "s", "si"].contains(folded)
        case .interrupted, .endOfInput:
            session.say()
            return false
        }
    }
}
