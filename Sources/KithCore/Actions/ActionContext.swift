/// What a pair or `me` generator found, in words, for an action's explanation
/// ("Ana needs 'a tax adviser'; Ben offers 'tax advice' (match 92%).").
enum ActionContext {
    static func lines(_ generator: RuleGenerator, _ facts: PairFacts, wording w: ContextWording = .english) -> [String] {
        let other = facts.other ?? "?"
        let values = ["name": facts.name, "other": other, "need": facts.need?.text ?? "?", "offer": facts.reason ?? "?",
                      "score": "\(facts.scorePercent ?? 0)", "step": facts.step?.rawValue ?? "",
                      "day": facts.introduced?.description ?? "?", "why": facts.why ?? "",
                      "a": facts.nameHasNeed ? facts.name : other, "b": facts.nameHasNeed ? other : facts.name]
        switch generator {
        case .needSolver:
            var lines = [w(.needSolver, values)]
            if facts.bothWays == true { lines.append(w(.bothWays, values)) }
            if let step = facts.step, step != .introduce { lines.append(w(.doubleOptIn, values)) }
            return lines
        case .nearbyField: return [w(.nearbyField, values)]
        case .myNeedSolver: return [w(.myNeedSolver, values)]
        case .introductionCheckIn: return [w(.checkIn, values)]
        case .eachContact, .eachOpenPromise: return []
        }
    }
}

/// How an action's explanation words what its generator found. Each text may hold `{a}`, `{b}`
/// (the person with the need and the one who can help), `{name}`, `{other}`, `{need}`,
/// `{offer}`, `{score}`, `{step}`, `{day}` and `{why}`.
public struct ContextWording: Hashable, Sendable {
    public enum Text: String, InterfaceText {
        static let keyPrefix = "context"
        case needSolver, bothWays, doubleOptIn, nearbyField, myNeedSolver, checkIn

        var english: String {
            switch self {
            case .needSolver: return "{a} needs '{need}'; {b} {offer} (match {score}%)."
            case .bothWays: return "{b} also needs something {a} can help with: introduce them both ways."
            case .doubleOptIn: return "Double opt-in introduction, step: {step}."
            case .nearbyField: return "Nobody you know solves '{need}' for {name}; {other} {offer}."
            case .myNeedSolver: return "You need '{need}'; {name} {offer}."
            case .checkIn: return "You introduced {name} and {other} on {day}: {why}."
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
