/// The rules in force: the defaults with the user's additions and overrides applied.
public struct RuleSet: Hashable, Sendable {
    /// Enabled rules, in file order (defaults first, then the user's new rules).
    public let rules: [Rule]
    private let positions: [String: Int]
    /// How `{ago}` reads in the action texts.
    package var wording = AgoWording.english
    /// How explanations word what a generator found.
    package var contextWording = ContextWording.english
    /// How the built-in tier names read in the action texts.
    package var tierWording = TierWording.english

    public init(rules: [Rule]) {
        self.rules = rules
        var positions: [String: Int] = [:]
        for (i, rule) in rules.enumerated() where positions[rule.id] == nil { positions[rule.id] = i }
        self.positions = positions
    }

    /// The rule with the given id.
    public subscript(id: String) -> Rule? {
        positions[id].map { rules[$0] }
    }
}

/// Rules read from files, and what was wrong with the ones that could not be used.
package struct RuleLoad: Sendable {
    public var rules: RuleSet
    public var problems: [RuleProblem]
}
