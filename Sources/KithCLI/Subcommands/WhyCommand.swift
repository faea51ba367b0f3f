import ArgumentParser
import KithCore

/// `kith why ID`: the rule behind a suggestion and the facts that matched, with their values.
struct WhyCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Explain a suggested action: its rule and the facts that matched.")

    @Argument(help: "The action's id, as shown by 'kith today'.")
    var id: String

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let coach = try Coach(session: session, prompts: try session.prompts(language.lang))
        coach.warnAboutProblems(session)
        let wanted = id.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["[", "]"])
        guard let action = coach.matches().action(id: wanted) else { throw ActionError.unknownAction(wanted) }
        let explanation = action.explanation
        var lines = [ActionLines.line(action, style: session.style)]
        if let hidden = ActionLines.hiddenReason(action.status) { lines.append("(\(hidden))") }
        lines.append("Rule: \(explanation.ruleID) — \(explanation.ruleTitle)")
        lines.append("Idea: \(explanation.idea)")
        if let rule = coach.rules[explanation.ruleID] {
            lines.append("Priority \(rule.priority), hidden \(rule.cooldownDays) days once done; from \(rule.source)")
        }
        lines += explanation.context.map { "  \($0)" }
        if explanation.matched.isEmpty {
            lines.append("The rule has no conditions: it applies whenever its generator finds a match.")
        } else {
            lines.append("Matched:")
            lines += explanation.matched.map { "  • \($0)" }
        }
        session.say(lines.joined(separator: "\n"))
    }
}
