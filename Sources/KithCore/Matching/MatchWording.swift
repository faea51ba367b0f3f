/// How match reasons read in one language (`who`'s "offers: …", "Pedro knows …"). Each text
/// may hold `{text}` (the user's words, quoted), `{owner}`, `{who}`, `{label}` or `{name}`.
public struct MatchWording: Sendable {
    /// Every reason text, with its English wording.
    public enum Text: String, InterfaceText {
        static let keyPrefix = "match"

        case offer, role, company, tag, note, need, knows
        case helpsWith, alsoHelpsWith, relatedTo, somethingHelpsWith
        // The word-overlap finder's reasons ("who works as 'accountant'").
        case offersQuoted, worksAs, worksAt, taggedAs

        var english: String {
            switch self {
            case .offer: return "offers: {text}"
            case .role: return "role: {text}"
            case .company: return "company: {text}"
            case .tag: return "tag: {text}"
            case .note: return "your notes: {text}"
            case .need: return "needs: {text}"
            case .knows: return "{owner} knows {who} — ask {owner} for an introduction"
            case .helpsWith: return "helps with {label}"
            case .alsoHelpsWith: return "also helps with {label}"
            case .relatedTo: return "related to {name}"
            case .somethingHelpsWith: return "something a {name} helps with"
            case .offersQuoted: return "offers '{text}'"
            case .worksAs: return "works as '{text}'"
            case .worksAt: return "works at '{text}'"
            case .taggedAs: return "is tagged '{text}'"
            }
        }

    }

    private let texts: TextTable<Text>
    /// Knowledge entries are named by their Spanish need when true.
    public let spanishLabels: Bool

    /// Wording from `lookup` (e.g. a prompts file), English where it has nothing.
    public init(language: String = "en", spanishLabels: Bool = false, _ lookup: (String) -> String? = { _ in nil }) {
        self.language = language
        texts = TextTable(lookup)
        self.spanishLabels = spanishLabels
    }

    public static let english = MatchWording()

    /// A short name for the language, part of cache fingerprints ("en" for English).
    public let language: String

    func callAsFunction(_ text: Text, _ values: [String: String]) -> String {
        texts.text(text, values)
    }
}

/// What a knowledge link says about a match, worded when the reason is written.
struct KnowledgeNote {
    enum Kind { case helpsWith, alsoHelpsWith, relatedTo, somethingHelpsWith }

    let kind: Kind
    /// The entry's name in English and in Spanish.
    let label: String
    let spanishLabel: String
    /// The phrase of the query that fired the entry.
    let fired: String

    func text(_ wording: MatchWording) -> String {
        let label = wording.spanishLabels ? spanishLabel : self.label
        switch kind {
        case .helpsWith: return wording(.helpsWith, ["label": label])
        case .alsoHelpsWith: return wording(.alsoHelpsWith, ["label": label])
        case .relatedTo: return wording(.relatedTo, ["name": fired])
        case .somethingHelpsWith: return wording(.somethingHelpsWith, ["name": fired])
        }
    }
}
