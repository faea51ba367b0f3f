import Foundation
import KithEvaluation

/// The figures as JSON, for scripts and CI: each part with its counts and percent, the goals,
/// and whether each is met.
enum ScoreJSON {
    private struct Questions: Encodable {
        let total: Int
        let acceptableFirst: Int
        let decoyFirst: Int
        let percent: Double

        init(_ q: EvaluationScore.Questions) {
            (total, acceptableFirst, decoyFirst, percent) = (q.total, q.acceptableFirst, q.decoyFirst, q.percent)
        }
    }

    private struct Pairs: Encodable {
        let total: Int
        let suggested: Int
        let percent: Double

        init(_ p: EvaluationScore.Pairs) {
            (total, suggested, percent) = (p.total, p.suggested, p.percent)
        }
    }

    private struct Goals: Encodable {
        let firstAnswerPercent = EvaluationGoals.firstAnswerPercent
        let dontSuggested = EvaluationGoals.dontSuggested
        let introducePercent = EvaluationGoals.introducePercent
        let actionLimit = EvaluationGoals.actionLimit
    }

    private struct Document: Encodable {
        let who: Questions
        let whoNeeds: Questions
        let questions: Questions
        let introduce: Pairs
        let dont: Pairs
        let goals = Goals()
        let meetsQuestionGoal: Bool
        let meetsIntroduceGoal: Bool
        let meetsDontGoal: Bool
        let meetsGoals: Bool
    }

    static func text(_ score: EvaluationScore) -> String {
        let document = Document(
            who: Questions(score.who), whoNeeds: Questions(score.whoNeeds),
            questions: Questions(score.questions), introduce: Pairs(score.introduce),
            dont: Pairs(score.dont), meetsQuestionGoal: score.meetsQuestionGoal,
            meetsIntroduceGoal: score.meetsIntroduceGoal, meetsDontGoal: score.meetsDontGoal,
            meetsGoals: score.meetsGoals)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain numbers and strings cannot fail.
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
