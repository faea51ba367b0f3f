/// One coaching rule, read from a rules file: when it applies and what it suggests.
public struct Rule: Hashable, Sendable, Identifiable {
    public let id: String
    public let title: String
    public let description: String
    /// The coaching idea behind it, e.g. "Follow up the same day".
    public let idea: String
    package let appliesTo: RuleSubject
    package let generator: RuleGenerator
    package let condition: Condition
    package let action: ActionTemplate
    /// Texts for the double opt-in steps of an introduction (generator `needSolver`).
    package let steps: IntroductionSteps?
    /// Higher comes first in today's list.
    public let priority: Int
    /// Days a done or dismissed action stays hidden.
    public let cooldownDays: Int
    /// The interaction kind recorded on the contacts when the action is done.
    package let logAs: InteractionKind
    /// For solver generators: how many solvers to consider per need.
    public let limit: Int
    /// For solver generators: the least confidence (0…1) a match needs for the rule to fire.
    package let minConfidence: Double
    /// The file the rule (or its last override) came from.
    public let source: String
}

/// The three texts of a double opt-in introduction.
package struct IntroductionSteps: Hashable, Sendable {
    package let askFirst: ActionTemplate
    package let askSecond: ActionTemplate
    public let connect: ActionTemplate
}

/// The step of an introduction an action stands for.
package enum IntroductionStep: String, Hashable, Sendable {
    /// Introduce both at once (style `bothWays`).
    case introduce
    case askFirst, askSecond, connect
}
