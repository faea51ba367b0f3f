/// The words of a contact summary in one language. Each text may hold `{day}` or `{name}`.
package struct SummaryWording: Sendable {
    /// Every text of the summary, with its English wording.
    package enum Text: String, InterfaceText {
        static let keyPrefix = "export"

        case company, role, email, phone, links, tags, birthday, added
        case howYouMet, whatTheyNeed, needSince, needsSolved, solvedOn, solvedBy
        case whatTheyCanSolve, whoTheyKnow, inKith, history, openPromises, promisedOn, notes
        case pendingActions, introductionsMade, introducedWith, outcome, someoneGone
        // The terminal card (`kith contact`).
        case tier, met, needs, canSolve, knows, promised, introductions, at, solvedOnBy, kept
        case inYourNetworkAs, introductionMade, introductionSuggested, someone

        var english: String {
            switch self {
            case .company: return "Company"
            case .role: return "Role"
            case .email: return "E-mail"
            case .phone: return "Phone"
            case .links: return "Links"
            case .tags: return "Tags"
            case .birthday: return "Birthday"
            case .added: return "Added"
            case .howYouMet: return "How you met"
            case .whatTheyNeed: return "What they need"
            case .needSince: return "since {day}"
            case .needsSolved: return "Needs solved"
            case .solvedOn: return "solved {day}"
            case .solvedBy: return "by {name}"
            case .whatTheyCanSolve: return "What they can solve"
            case .whoTheyKnow: return "Who they know"
            case .inKith: return "{name} in kith"
            case .history: return "History"
            case .openPromises: return "Open promises"
            case .promisedOn: return "promised {day}"
            case .notes: return "Notes"
            case .pendingActions: return "Pending actions"
            case .introductionsMade: return "Introductions made"
            case .introducedWith: return "with {name}"
            case .outcome: return "outcome: {name}"
            case .someoneGone: return "someone no longer in kith"
            case .tier: return "Tier"
            case .met: return "Met"
            case .needs: return "Needs"
            case .canSolve: return "Can solve"
            case .knows: return "Knows"
            case .promised: return "Promised"
            case .introductions: return "Introductions"
            case .at: return "at"
            case .solvedOnBy: return "solved {day}"
            case .kept: return "kept {day}"
            case .inYourNetworkAs: return "in your network as {name}"
            case .introductionMade: return "made {day}"
            case .introductionSuggested: return "suggested {day}"
            case .someone: return "someone"
            }
        }

    }

    private let texts: TextTable<Text>
    /// Names of interaction kinds (`kind.<name>` in a prompts file); others show as recorded.
    private let kinds: [String: String]

    /// Wording from `lookup` (e.g. a prompts file), English where it has nothing.
    package init(_ lookup: (String) -> String? = { _ in nil }) {
        texts = TextTable(lookup)
        var kinds: [String: String] = [:]
        for kind in [
            InteractionKind.met, .followUp, .introduction, .meal, .call, .email, .meeting, .message, .recommendation,
        ] {
            if let name = lookup("kind.\(kind.rawValue)") { kinds[kind.rawValue] = name }
        }
        self.kinds = kinds
    }

    /// How an interaction kind reads.
    package func kind(_ kind: InteractionKind) -> String { kinds[kind.rawValue] ?? kind.rawValue }

    package static let english = SummaryWording()

    package func callAsFunction(_ text: Text, day: Day? = nil, name: String? = nil) -> String {
        var values: [String: String] = [:]
        if let day { values["day"] = day.description }
        if let name { values["name"] = name }
        return texts.text(text, values)
    }
}
