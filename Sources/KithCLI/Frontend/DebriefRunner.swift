import ArgumentParser
import KithCore
import KithLineEditing

/// Runs a debrief conversation on a terminal or a pipe: asks, keeps the draft after every
/// line, reviews on a terminal, and saves.
struct DebriefRunner {
    let session: Session
    let prompts: PromptBook
    let drafts: DraftStore
    /// The people already called by the debrief's name when it was decided to add a new person
    /// (nil when not known, as after a resume): anyone else by that name was added meanwhile.
    private let namesakesAtResolution = NamesakeMemory()
    /// Why the last draft write failed, while it fails.
    private let draftProblem = DraftProblem()

    private final class DraftProblem {
        var reason: String?
    }

    /// A mutable cell the struct's methods share.
    private final class NamesakeMemory {
        var ids: Set<ContactID>?
    }

    /// How a name that is not exactly anyone's is taken.
    var nameMatch: NameMatch = .ask

    /// What to do with a typed name that matches someone only in part ("marta" for "Marta Ruiz").
    enum NameMatch {
        /// Ask on a terminal; from a pipe, refuse and list the candidates.
        case ask
        /// Take the only person it matches (`--same`).
        case same
        /// A new person, whoever else the name matches (`--new`).
        case new
    }

    /// The debrief stopped before it was saved; the draft is kept.
    struct Stopped: Error, CustomStringConvertible {
        let description: String
    }

    func run(_ draft: DebriefDraft) throws {
        let ownReader = session.reader == nil
        if ownReader { InterruptSignal.install() }
        let reader =
            session.reader
            ?? session.console.lineReader(
                history: [],
                completer: { [session] line in
                    session.completionContext?(line) ?? []
                })
        defer { session.completionContext = nil }
        var conversation = DebriefConversation(draft: draft)
        keep(conversation.draft)
        var edited: DebriefQuestion?
        while true {
            try ask(&conversation, reader: reader, alreadyShown: edited)
            guard reader.isInteractive else { break }
            switch try review(&conversation, reader: reader) {
            case .save: break
            case .edit(let question):
                edited = question
                continue
            case .cancel:
                drafts.delete()
                session.say(prompts.text("cancelled"))
                return
            }
            break
        }
        try save(conversation.draft, showSummary: !reader.isInteractive)
    }

    // MARK: Asking

    /// Asks the questions not answered yet; `alreadyShown` (a list just edited) is not shown again.
    private func ask(
        _ conversation: inout DebriefConversation, reader: LineReader, alreadyShown: DebriefQuestion? = nil
    ) throws {
        var shown = alreadyShown
        while let question = conversation.currentQuestion {
            if question != .name, !conversation.draft.contactResolved {
                try resolveContact(&conversation, reader: reader)
                continue
            }
            // The question is shown once, and again on resume, with the items typed so far.
            if reader.isInteractive && question != shown {
                shown = question
                session.sayWrapped("\n\(question.number)/7 \(prompts.question(question))", indent: 4)
                if question.isList { session.sayWrapped("    " + prompts.text("list.hint"), indent: 4) }
                for item in conversation.draft.pendingItems { session.say(prompts.text("list.more") + item) }
            }
            let prompt = question.isList ? prompts.text("list.more") : "> "
            // In "who do they know?", TAB offers the people already in the network.
            session.completionContext =
                question == .knows
                ? { [session] line in
                    guard let network = try? session.loadedStore().network else { return [] }
                    return ShellCompletion.knownPeople(lineUpToCursor: line, network: network)
                } : { _ in [] }
            switch reader.readLine(prompt: prompt) {
            case .line(let line):
                let event = conversation.receive(line)
                keep(conversation.draft)
                if case .answered(let answered, empty: true) = event {
                    if answered == .needs { session.sayWrapped(prompts.text("tip.emptyNeeds")) }
                    if answered == .offers { session.sayWrapped(prompts.text("tip.emptyOffers")) }
                }
            case .endOfInput where question == .notes && !reader.isInteractive:
                _ = conversation.receive("")
                keep(conversation.draft)
            case .endOfInput, .interrupted:
                if reader.isInteractive { session.say() }
                if !reader.isInteractive && conversation.draft.hasNoAnswers {
                    // A script's input ended before any answer: a draft would only block the
                    // next debrief. On a terminal, what was typed (the name) stays as a draft.
                    drafts.delete()
                    throw Stopped(description: prompts.text("debrief.nothingSaved"))
                }
                keep(conversation.draft)
                throw stopped(conversation.draft)
            }
        }
        if !conversation.draft.contactResolved { try resolveContact(&conversation, reader: reader) }
    }

    /// Matches the typed name to a contact. `@ID` (or a bare id no name equals) is that
    /// person; one exact name merges; namesakes, or a name that matches only in part, are
    /// picked on a terminal and refused from a pipe (with the candidates and their ids) unless
    /// `--same` takes the only match or `--new` makes a new person.
    private func resolveContact(_ conversation: inout DebriefConversation, reader: LineReader) throws {
        guard let name = conversation.draft.name else { return }
        let network = try session.loadedStore().network
        let lookup = NameLookup()
        let exact = lookup.exact(name, in: network)
        if name.hasPrefix("@")
            || (exact.isEmpty
                && NameLookup.id(in: name, bare: true).flatMap { network.contact(id: $0.lowercased()) } != nil)
        {
            guard case .one(let contact) = lookup.find(name, in: network) else {
                drafts.delete()
                throw Stopped(description: prompts.text("contact.nobody", ["name": name]))
            }
            session.say(prompts.text("debrief.known", ["name": contact.name]))
            conversation.resolveContact(contact)
        } else if nameMatch == .new {
            conversation.resolveContact(nil)
        } else if exact.count == 1 {
            session.say(prompts.text("debrief.known", ["name": exact[0].name]))
            conversation.resolveContact(exact[0].id)
        } else {
            var candidates = exact
            if candidates.isEmpty {
                switch lookup.find(name, in: network) {
                case .several(let partial): candidates = partial
                case .one(let partial): candidates = [partial]
                case .none: break
                }
            }
            if candidates.isEmpty {
                namesakesAtResolution.ids = []
                conversation.resolveContact(nil)
            } else if nameMatch == .same, exact.isEmpty, candidates.count == 1 {
                session.say(prompts.text("debrief.known", ["name": candidates[0].name]))
                conversation.resolveContact(candidates[0])
            } else if reader.isInteractive {
                let chosen = try pick(name: name, from: candidates, reader: reader, conversation: conversation)
                if chosen == nil { namesakesAtResolution.ids = Set(exact.map(\.id)) }
                conversation.resolveContact(chosen)
            } else {
                // From a pipe nobody can be asked: a near-duplicate is refused, never made silently.
                drafts.delete()
                let heading = prompts.text(exact.isEmpty ? "debrief.partial" : "debrief.namesakes", ["name": name])
                let listed = candidates.prefix(10).map { "  @\($0.id)  \(ContactResolver.describe($0))" }
                let quoted = name.contains(" ") ? "\"\(name)\"" : name
                throw Stopped(
                    description: ([heading] + listed + [prompts.text("debrief.pickHint", ["name": quoted])])
                        .joined(separator: "\n"))
            }
        }
        keep(conversation.draft)
    }

    private func pick(name: String, from candidates: [Contact], reader: LineReader, conversation: DebriefConversation)
        throws -> ContactID?
    {
        session.completionContext = { _ in [] }
        session.say(prompts.text("debrief.several", ["name": name]))
        for (index, contact) in candidates.enumerated() {
            session.say("  \(index + 1)) \(ContactResolver.describe(contact))  @\(contact.id)")
        }
        session.say("  \(candidates.count + 1)) \(prompts.text("debrief.pickNew", ["name": name]))")
        while true {
            switch reader.readLine(prompt: prompts.text("debrief.pickPrompt")) {
            case .line(let line):
                if let choice = Int(line.trimmingCharacters(in: .whitespaces)),
                    (1...candidates.count + 1).contains(choice)
                {
                    return choice <= candidates.count ? candidates[choice - 1].id : nil
                }
                session.say(prompts.text("debrief.pickAgain"))
            case .endOfInput, .interrupted:
                keep(conversation.draft)
                session.say()
                throw stopped(conversation.draft)
            }
        }
    }

    // MARK: Saving

    private func save(_ draft: DebriefDraft, showSummary: Bool) throws {
        guard let record = draft.record else { return }
        if showSummary { session.say(summary(draft)) }
        let store = try session.loadedStore()
        var ids = ContactIDGenerator()
        let namesakes = namesakesAtResolution.ids
        let outcome: DebriefOutcome
        do {
            outcome = try store.update { network in
                // Re-checked under the lock: a debrief of the same new name saved meanwhile (another
                // shell, a script) already added this person; merge instead of adding a twin.
                var target = draft.contactID
                if target == nil, let namesakes {
                    let added = NameLookup().exact(record.name, in: network).filter { !namesakes.contains($0.id) }
                    if added.count == 1 { target = added[0].id }
                }
                return network.apply(record, to: target, today: session.today, ids: &ids)
            }
        } catch {
            // The store could not be written (a full disk): the answers must not vanish with it.
            if draftProblem.reason != nil || !drafts.exists { printAnswers(draft, reason: "\(error)") }
            throw error
        }
        drafts.delete()
        let name = store.network.contact(id: outcome.contactID)?.name ?? record.name
        session.say(prompts.text(outcome.isNewContact ? "saved.new" : "saved.merged", ["name": name]))
        session.sayWrapped(prompts.text("tip.followUp"))
        DebriefFollowUp(session: session, prompts: prompts).showActions(for: outcome.contactID)
    }

    // MARK: The draft on a failing disk

    /// Writes the draft; when that fails (a full disk), says so once and goes on: the answers
    /// stay in memory and are printed if the debrief cannot be saved in the end.
    func keep(_ draft: DebriefDraft) {
        do {
            try drafts.save(draft)
            draftProblem.reason = nil
        } catch {
            let reason = (error as? WriteError)?.reason ?? describeFileError(error)
            if draftProblem.reason == nil { session.warn(prompts.text("draft.notWritten", ["reason": reason])) }
            draftProblem.reason = reason
        }
    }

    /// The error for a debrief stopped before saving: the draft keeps the answers, or, when it
    /// could not be written, they are printed here so nothing typed is lost.
    func stopped(_ draft: DebriefDraft) -> Stopped {
        if let reason = draftProblem.reason {
            printAnswers(draft, reason: reason)
            return Stopped(description: prompts.text("draft.notWritten", ["reason": reason]))
        }
        return Stopped(description: prompts.text("draft.kept"))
    }

    private func printAnswers(_ draft: DebriefDraft, reason: String) {
        session.say(prompts.text("draft.unsaved", ["reason": reason]))
        session.say(summary(draft))
    }

    /// " about NAME" for draft messages.
    static func about(_ draft: DebriefDraft) -> String {
        draft.name.map { " (\($0))" } ?? ""
    }
}
