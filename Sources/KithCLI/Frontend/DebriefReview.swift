import KithCore
import KithLineEditing

/// The review at the end of a debrief on a terminal: the answers shown, one edited, saved or
/// cancelled.
extension DebriefRunner {
    /// What the user chose at the review.
    enum Decision {
        case save, cancel
        /// An answer was edited; a list question carries on from its kept items.
        case edit(DebriefQuestion?)
    }

    /// Shows the answers and asks whether to save, edit one or cancel.
    func review(_ conversation: inout DebriefConversation, reader: LineReader) throws -> Decision {
        session.completionContext = { _ in [] }
        session.say("\n" + summary(conversation.draft))
        let saveKey = prompts.text("review.save")
        while true {
            switch reader.readLine(prompt: prompts.text("review.prompt")) {
            case .line(let raw):
                let words = raw.lowercased().split(separator: " ").map(String.init)
                guard let first = words.first else { continue }
                if first == saveKey || first == "s" || first == "save" || first == "y" { return .save }
                if first == "c" || first == "cancel" { return .cancel }
                if first.hasPrefix("e"), let number = Int(words.dropFirst().first ?? String(first.dropFirst())),
                    let question = DebriefQuestion.allCases.first(where: { $0.number == number })
                {
                    try edit(question, &conversation, reader: reader)
                    keep(conversation.draft)
                    return .edit(question.isList ? question : nil)
                }
                session.say(prompts.text("review.help"))
            case .interrupted, .endOfInput:
                session.say()
                throw stopped(conversation.draft)
            }
        }
    }

    /// Edits one answer starting from what it holds: each list item is kept (Enter), removed
    /// ("-") or replaced (new text), then more can be added; a one-line answer is kept on an
    /// empty line or replaced by the text typed.
    func edit(_ question: DebriefQuestion, _ conversation: inout DebriefConversation, reader: LineReader) throws {
        session.sayWrapped("\n\(question.number)/7 \(prompts.question(question))", indent: 4)
        func read(_ prompt: String) throws -> String {
            switch reader.readLine(prompt: prompt) {
            case .line(let line): return TextFolding.tidy(line)
            case .endOfInput, .interrupted:
                session.say()
                throw Stopped(description: prompts.text("draft.kept"))
            }
        }
        guard question.isList else {
            let now =
                conversation.draft.record.map { record -> String in
                    switch question {
                    case .name: return record.name
                    case .context: return record.context
                    default: return record.notes
                    }
                } ?? ""
            if !now.isEmpty { session.sayWrapped("    " + prompts.text("edit.now", ["value": now]), indent: 4) }
            let line = try read("> ")
            guard !line.isEmpty else { return }
            conversation.edit(question)
            _ = conversation.receive(line)
            return
        }
        let items = list(question, of: conversation.draft)
        var kept: [String] = []
        if !items.isEmpty { session.sayWrapped("    " + prompts.text("edit.itemsHint"), indent: 4) }
        for (number, item) in items.enumerated() {
            session.say("  \(number + 1). \(item)")
            let line = try read("     ~ ")
            if line == "-" { continue }
            kept.append(line.isEmpty ? item : line)
        }
        conversation.edit(question, keeping: kept)
    }

    /// The seven answers, numbered as the questions are.
    func summary(_ draft: DebriefDraft) -> String {
        var lines = ["── \(prompts.text("summary.title")) ──"]
        let none = prompts.text("summary.none")
        for question in DebriefQuestion.allCases {
            let label = "\(question.number). \(prompts.label(question)):"
            switch question {
            case .name: lines.append("\(label) \(draft.name ?? none)")
            case .context: lines.append("\(label) \(nonEmpty(draft.context) ?? none)")
            case .notes: lines.append("\(label) \(nonEmpty(draft.notes) ?? none)")
            default:
                let items = list(question, of: draft)
                lines.append(items.isEmpty ? "\(label) \(none)" : label)
                lines += items.map { "     • \($0)" }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func list(_ question: DebriefQuestion, of draft: DebriefDraft) -> [String] {
        switch question {
        case .needs: return draft.needs ?? []
        case .offers: return draft.offers ?? []
        case .knows: return draft.knows ?? []
        case .promises: return draft.promises ?? []
        default: return []
        }
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
