import ArgumentParser
import KithCore

/// `kith why ID`: the rule behind a suggestion and the facts that matched, with their values.
struct WhyCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Explain a suggested action: its rule and the facts that matched.")

    @Argument(help: "The action's id, as shown by 'kith today'.", completion: CompletionSources.openActions)
    var id: String

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let coach = try session.coach()
        let rules = coach.rules(prompts)
        session.warnAbout(rules.problems)
        let wanted = id.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["[", "]"])
        guard let action = coach.matches(prompts).action(id: wanted) else {
            if let entry = coach.network.actionLog.last(where: { $0.id == wanted }) {
                session.sayWrapped(
                    prompts.text(
                        "why.logged",
                        [
                            "id": wanted, "state": prompts.text("state.\(entry.state.rawValue)"),
                            "day": entry.on.description,
                            "rule": entry.ruleID, "names": TodayCommand.names(in: entry, coach.network, prompts),
                        ]))
                return
            }
            throw CommandError(prompts.text("done.unknown", ["id": wanted]))
        }
        let explanation = action.explanation
        var lines = [ActionLines.line(action, style: session.style)]
        if let hidden = ActionLines.hiddenReason(action.status) { lines.append("(\(hidden))") }
        lines.append(prompts.text("why.rule", ["id": explanation.ruleID, "title": explanation.ruleTitle]))
        lines.append(prompts.text("why.idea", ["idea": explanation.idea]))
        if let rule = rules.rules[explanation.ruleID] {
            lines.append(
                prompts.text(
                    "why.priority",
                    ["priority": "\(rule.priority)", "days": "\(rule.cooldownDays)", "source": rule.source]))
        }
        lines += explanation.context.map { "  \($0)" }
        if explanation.matched.isEmpty {
            lines.append(prompts.text("why.noConditions"))
        } else {
            lines.append(prompts.text("why.matched"))
            lines += explanation.matched.map { "  • \($0)" }
        }
        session.say(lines.joined(separator: "\n"))
    }
}
