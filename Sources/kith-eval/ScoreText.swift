import KithEvaluation

/// The score in words: one line per part, the goals, and on request every failure.
enum ScoreText {
    static func summary(_ score: EvaluationScore, run: EvaluationRun) -> String {
        let questions = score.questions
        var lines = [
            row("who", score.who, goal: nil),
            row("who needs", score.whoNeeds, goal: nil),
            row(
                "questions", questions,
                goal: "goal ≥ \(number(EvaluationGoals.firstAnswerPercent))%  " + verdict(score.meetsQuestionGoal)),
            pad("introduce") + pad("\(score.introduce.suggested)/\(score.introduce.total) suggested", 26)
                + pad("\(number(score.introduce.percent))%", 8)
                + "goal ≥ \(number(EvaluationGoals.introducePercent))%  " + verdict(score.meetsIntroduceGoal),
            pad("don't") + pad("\(score.dont.suggested)/\(score.dont.total) suggested", 26) + pad("", 8)
                + "goal \(EvaluationGoals.dontSuggested)       " + verdict(score.meetsDontGoal),
            "",
            "today --limit \(EvaluationGoals.actionLimit) showed \(run.shownActions) actions; "
                + "\(run.unjudgedPairActions.count) join two people no pair judges",
            "goals: " + (score.meetsGoals ? "all met" : "not met"),
        ]
        if !score.meetsGoals { lines.append("(--verbose lists each failure)") }
        return lines.joined(separator: "\n")
    }

    static func failures(_ run: EvaluationRun) -> String {
        var lines: [String] = []
        for (title, outcomes) in [("who", run.who), ("who needs", run.whoNeeds)] {
            let failed = outcomes.filter { !$0.passed }
            lines.append("")
            lines.append("\(title): \(failed.count) questions without an acceptable first answer")
            for outcome in failed { lines.append("  " + describe(outcome)) }
        }
        let missed = run.pairs.filter { $0.expectation.verdict == .introduce && !$0.suggested }
        lines.append("")
        lines.append("introduce: \(missed.count) pairs not suggested")
        for pair in missed {
            lines.append(
                "  \(pair.expectation.needer) – \(pair.expectation.solver) (\(pair.expectation.kind)): \(pair.expectation.reason)"
            )
        }
        let wrong = run.pairs.filter { $0.expectation.verdict == .dont && $0.suggested }
        lines.append("")
        lines.append("don't: \(wrong.count) pairs suggested")
        for pair in wrong {
            lines.append(
                "  \(pair.expectation.needer) – \(pair.expectation.solver) (\(pair.expectation.kind)): \(pair.expectation.reason)"
            )
            for action in pair.actions { lines.append("      [\(action.ruleID)] \(action.text)") }
        }
        lines.append("")
        lines.append("pair actions no pair judges: \(run.unjudgedPairActions.count)")
        for action in run.unjudgedPairActions { lines.append("  [\(action.ruleID)] \(action.text)") }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ outcome: QueryOutcome) -> String {
        let expected =
            "expected " + outcome.expectation.acceptable.joined(separator: " or ")
            + (outcome.acceptableRank.map { " (shown at \($0))" } ?? " (not shown)")
        guard let first = outcome.first else { return "\"\(outcome.expectation.query)\" → nobody; \(expected)" }
        let decoy = outcome.decoyFirst ? " [decoy]" : ""
        return "\"\(outcome.expectation.query)\" → \(first.name)\(decoy) (\(first.reason)); \(expected)"
    }

    private static func row(_ title: String, _ questions: EvaluationScore.Questions, goal: String?) -> String {
        pad(title) + pad("\(questions.acceptableFirst)/\(questions.total) acceptable first", 26)
            + pad("\(number(questions.percent))%", 8)
            + (goal ?? "decoy first: \(questions.decoyFirst)")
    }

    private static func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func pad(_ text: String, _ width: Int = 11) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
