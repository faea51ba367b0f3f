/// The goals the coach's judgement is held to.
public enum EvaluationGoals {
    /// Share of questions (who and who-needs together) whose first answer is acceptable.
    public static let firstAnswerPercent = 95.0
    /// "Don't" pairs that may appear among today's actions.
    public static let dontSuggested = 0
    /// Share of "introduce" pairs that must appear among today's actions.
    public static let introducePercent = 90.0
    /// How many of today's actions count as suggested (`kith today --limit 100`).
    public static let actionLimit = 100
}

/// The figures of one run: per part, in total, and whether the goals are met.
public struct EvaluationScore: Sendable, Equatable {
    /// Questions whose first answer is acceptable, and those answered first by a decoy.
    public struct Questions: Sendable, Equatable {
        public let total: Int
        public let acceptableFirst: Int
        public let decoyFirst: Int
        public var percent: Double { EvaluationScore.percent(acceptableFirst, of: total) }

        init(_ outcomes: [QueryOutcome]) {
            total = outcomes.count
            acceptableFirst = outcomes.filter(\.passed).count
            decoyFirst = outcomes.filter(\.decoyFirst).count
        }
    }

    /// Pairs of one verdict, and how many of them today's actions suggest.
    public struct Pairs: Sendable, Equatable {
        public let total: Int
        public let suggested: Int
        public var percent: Double { EvaluationScore.percent(suggested, of: total) }

        init(_ outcomes: [PairOutcome]) {
            total = outcomes.count
            suggested = outcomes.filter(\.suggested).count
        }
    }

    public let who: Questions
    public let whoNeeds: Questions
    public let introduce: Pairs
    public let dont: Pairs

    public init(_ run: EvaluationRun) {
        who = Questions(run.who)
        whoNeeds = Questions(run.whoNeeds)
        introduce = Pairs(run.pairs.filter { $0.expectation.verdict == .introduce })
        dont = Pairs(run.pairs.filter { $0.expectation.verdict == .dont })
    }

    /// Who and who-needs questions together.
    public var questions: Questions { Questions(combining: who, whoNeeds) }

    public var meetsQuestionGoal: Bool { questions.percent >= EvaluationGoals.firstAnswerPercent }
    public var meetsDontGoal: Bool { dont.suggested <= EvaluationGoals.dontSuggested }
    public var meetsIntroduceGoal: Bool { introduce.percent >= EvaluationGoals.introducePercent }
    public var meetsGoals: Bool { meetsQuestionGoal && meetsDontGoal && meetsIntroduceGoal }

    /// `part` of `total` in percent, to one decimal (0 when there is nothing to count).
    static func percent(_ part: Int, of total: Int) -> Double {
        total == 0 ? 0 : (Double(part) * 1000 / Double(total)).rounded() / 10
    }
}

extension EvaluationScore.Questions {
    init(combining a: Self, _ b: Self) {
        total = a.total + b.total
        acceptableFirst = a.acceptableFirst + b.acceptableFirst
        decoyFirst = a.decoyFirst + b.decoyFirst
    }
}
