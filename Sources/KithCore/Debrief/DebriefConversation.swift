/// The debrief's turn-taking, with no terminal: it takes the user's lines one at a time and
/// says what happened, so the same logic serves a terminal, a pipe and the tests.
package struct DebriefConversation: Sendable {
    /// What one line of input did.
    package enum Event: Equatable, Sendable {
        /// A list item was added; the same question continues.
        case itemAdded(String)
        /// The question was answered; `empty` when the answer was blank.
        case answered(DebriefQuestion, empty: Bool)
        /// A name is required: the blank line was ignored.
        case nameRequired
    }

    package private(set) var draft: DebriefDraft

    package init(draft: DebriefDraft) {
        self.draft = draft
    }

    /// The question waiting for an answer, or nil when all seven are answered.
    package var currentQuestion: DebriefQuestion? { draft.nextQuestion }

    /// Takes one line typed for the current question.
    package mutating func receive(_ rawLine: String) -> Event? {
        guard let question = currentQuestion else { return nil }
        let line = TextFolding.tidy(rawLine)
        if question.isList {
            if !line.isEmpty {
                draft.pendingItems.append(line)
                return .itemAdded(line)
            }
            let items = draft.pendingItems
            draft.pendingItems = []
            set(question, list: items)
            return .answered(question, empty: items.isEmpty)
        }
        switch question {
        case .name:
            guard !line.isEmpty else { return .nameRequired }
            draft.name = line
        case .context:
            draft.context = line
        default:
            draft.notes = rawLine.trimmingWhitespace()
        }
        return .answered(question, empty: line.isEmpty)
    }

    /// Records which contact the debrief is about (nil: a new person).
    package mutating func resolveContact(_ id: ContactID?) {
        draft.contactID = id
        draft.contactResolved = true
    }

    /// Records that the debrief is about `contact`, named as the store names them (the user
    /// may have typed an id or part of the name).
    package mutating func resolveContact(_ contact: Contact) {
        draft.name = contact.name
        resolveContact(contact.id)
    }

    /// Asks a list question again starting from `items` (the ones the user kept or changed):
    /// more can be added, and an empty line ends the list with them.
    package mutating func edit(_ question: DebriefQuestion, keeping items: [String]) {
        draft.clear(question)
        draft.pendingItems = items.map(TextFolding.tidy).filter { !$0.isEmpty }
    }

    /// Forgets one answer so it is asked again.
    package mutating func edit(_ question: DebriefQuestion) {
        draft.clear(question)
    }

    private mutating func set(_ question: DebriefQuestion, list: [String]) {
        switch question {
        case .needs: draft.needs = list
        case .offers: draft.offers = list
        case .knows: draft.knows = list
        case .promises: draft.promises = list
        default: break
        }
    }
}
