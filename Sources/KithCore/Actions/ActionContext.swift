/// What a pair or `me` generator found, in words, for an action's explanation: the path from
/// the need to the offer through the concepts that join them ("Rosa needs 'alguien que le lleve
/// la contabilidad' → bookkeeping; Andrés offers: contabilidad para pymes → bookkeeping.
/// Confidence 90% (same concept)."). Each generator picks its texts; these are their values.
enum ActionContext {
    static func values(_ facts: PairFacts, wording w: ContextWording) -> [String: String] {
        let other = facts.other ?? "?"
        return [
            "name": facts.name, "other": other, "need": facts.need?.text ?? "?", "offer": facts.reason ?? "?",
            "score": "\(facts.scorePercent ?? 0)", "step": facts.step?.rawValue ?? "",
            "day": facts.introduced?.description ?? "?", "why": facts.why ?? "",
            "a": facts.nameHasNeed ? facts.name : other, "b": facts.nameHasNeed ? other : facts.name,
            "path": facts.concepts.isEmpty ? "" : " → " + facts.concepts.prefix(2).joined(separator: ", "),
            "strength": strength(facts.strength, w),
        ]
    }

    /// The kind of evidence in words; the bare confidence when the finder gave none.
    private static func strength(_ strength: MatchStrength?, _ w: ContextWording) -> String {
        switch strength {
        case .sameConcept?: return w(.sameConcept, [:])
        case .sharedWords?: return w(.sharedWords, [:])
        case .relatedConcept?: return w(.relatedConcept, [:])
        case .contextOnly?: return w(.contextOnly, [:])
        case nil: return w(.wordOverlap, [:])
        }
    }
}

/// How an action's explanation words what its generator found. Each text may hold `{a}`, `{b}`
/// (the person with the need and the one who can help), `{name}`, `{other}`, `{need}`,
/// `{offer}`, `{score}` (the confidence in percent), `{path}` (" → " and the concepts that
/// joined them, or nothing), `{strength}`, `{step}`, `{day}` and `{why}`.
package struct ContextWording: Hashable, Sendable {
    public enum Text: String, InterfaceText {
        static let keyPrefix = "context"
        case needSolver, bothWays, doubleOptIn, nearbyField, myNeedSolver, checkIn
        case sameConcept, sharedWords, relatedConcept, contextOnly, wordOverlap

        var english: String {
            switch self {
            case .needSolver: return "{a} needs '{need}'{path}; {b} {offer}{path}. Confidence {score}% ({strength})."
            case .bothWays: return "{b} also needs something {a} can help with: introduce them both ways."
            case .doubleOptIn: return "Double opt-in introduction, step: {step}."
            case .nearbyField:
                return
                    "Nobody you know solves '{need}' for {name}; {other} {offer}{path}. Confidence {score}% ({strength})."
            case .myNeedSolver:
                return "You need '{need}'{path}; {name} {offer}{path}. Confidence {score}% ({strength})."
            case .checkIn: return "You introduced {name} and {other} on {day}: {why}."
            case .sameConcept: return "same concept"
            case .sharedWords: return "the same words name what is needed"
            case .relatedConcept: return "a related field"
            case .contextOnly: return "only the context matches"
            case .wordOverlap: return "shared words"
            }
        }
    }

    private let texts: TextTable<Text>

    /// Wording from `lookup` (e.g. a prompts file), English where it has nothing.
    public init(_ lookup: (String) -> String? = { _ in nil }) {
        texts = TextTable(lookup)
    }

    public static let english = ContextWording()

    func callAsFunction(_ text: Text, _ values: [String: String]) -> String {
        texts.text(text, values)
    }
}
