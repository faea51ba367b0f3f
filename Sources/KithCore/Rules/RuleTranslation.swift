/// How day counts read in action texts (`{ago}`): "today", "yesterday", "12 days ago".
package struct AgoWording: Hashable, Sendable {
    public let today: String
    package let yesterday: String
    /// With `{days}` for the number.
    package let daysAgo: String

    public init(today: String, yesterday: String, daysAgo: String) {
        self.today = today
        self.yesterday = yesterday
        self.daysAgo = daysAgo
    }

    public static let english = AgoWording(today: "today", yesterday: "yesterday", daysAgo: "{days} days ago")

    func words(_ days: Int) -> String {
        days == 0 ? today : days == 1 ? yesterday : daysAgo.replacingOccurrences(of: "{days}", with: "\(days)")
    }
}

extension RuleSet {
    /// The rules with their title, idea and texts in another language, where `text` has them:
    /// keys `rule.<id>.title`, `rule.<id>.idea`, `rule.<id>.action` and, for introductions,
    /// `rule.<id>.askFirst`, `.askSecond`, `.connect`. Only words that are still those of the
    /// `shipped` rules are translated: a user's own rule, or a field the user overrode, keeps
    /// the user's words. A translated text with a wrong placeholder is a problem, and the rule
    /// keeps its original text.
    package func translated(
        wording: AgoWording, source: String, shipped: RuleSet,
        _ text: (String) -> String?
    ) -> (rules: RuleSet, problems: [RuleProblem]) {
        var problems: [RuleProblem] = []
        let translated = rules.map { rule -> Rule in
            let original = shipped[rule.id]
            func words(_ field: String, unchanged: Bool) -> String? {
                unchanged ? text("rule.\(rule.id).\(field)") : nil
            }
            func template(_ field: String, _ current: ActionTemplate, _ shippedText: ActionTemplate?) -> ActionTemplate
            {
                guard let words = words(field, unchanged: current == shippedText) else { return current }
                do {
                    return try ActionTemplate(words, generator: rule.generator)
                } catch {
                    problems.append(
                        RuleProblem(
                            file: source, ruleID: rule.id, ruleNumber: nil,
                            field: "rule.\(rule.id).\(field)", message: error.message))
                    return current
                }
            }
            let steps = rule.steps.map {
                IntroductionSteps(
                    askFirst: template("askFirst", $0.askFirst, original?.steps?.askFirst),
                    askSecond: template("askSecond", $0.askSecond, original?.steps?.askSecond),
                    connect: template("connect", $0.connect, original?.steps?.connect))
            }
            return Rule(
                id: rule.id, title: words("title", unchanged: rule.title == original?.title) ?? rule.title,
                description: rule.description,
                idea: words("idea", unchanged: rule.idea == original?.idea) ?? rule.idea,
                appliesTo: rule.appliesTo, generator: rule.generator,
                condition: rule.condition, action: template("action", rule.action, original?.action), steps: steps,
                priority: rule.priority, cooldownDays: rule.cooldownDays, logAs: rule.logAs, limit: rule.limit,
                minConfidence: rule.minConfidence, source: rule.source)
        }
        var set = RuleSet(rules: translated)
        set.wording = wording
        set.contextWording = ContextWording(text)
        set.tierWording = TierWording(text)
        return (set, problems)
    }
}
