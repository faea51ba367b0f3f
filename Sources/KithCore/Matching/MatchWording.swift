/// How match reasons read in one language (`who`'s "offers: …", "Pedro knows …"). Each text
/// may hold `{text}` (the user's words, quoted), `{owner}`, `{who}`, `{label}` or `{name}`.
package struct MatchWording: Sendable {
    /// Every reason text, with its English wording.
    package enum Text: String, InterfaceText {
        static let keyPrefix = "match"

        case offer, role, company, tag, note, need, knows
        // What joined the texts: "→ bookkeeping", "next to plumbing", "only the context matches".
        case concept, nearConcept, contextOnly
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
            case .concept: return "→ {label}"
            case .nearConcept: return "(next to {label})"
            case .contextOnly: return "(only the context matches)"
            case .offersQuoted: return "offers '{text}'"
            case .worksAs: return "works as '{text}'"
            case .worksAt: return "works at '{text}'"
            case .taggedAs: return "is tagged '{text}'"
            }
        }

    }

    private let texts: TextTable<Text>
    /// Concepts are named in Spanish when true.
    package let spanishLabels: Bool

    /// Wording from `lookup` (e.g. a prompts file), English where it has nothing.
    package init(language: String = "en", spanishLabels: Bool = false, _ lookup: (String) -> String? = { _ in nil }) {
        self.language = language
        texts = TextTable(lookup)
        self.spanishLabels = spanishLabels
    }

    package static let english = MatchWording()

    /// A short name for the language, part of cache fingerprints ("en" for English).
    package let language: String

    func callAsFunction(_ text: Text, _ values: [String: String]) -> String {
        texts.text(text, values)
    }
}
