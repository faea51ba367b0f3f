import ArgumentParser
import KithCore

/// `kith snooze ID`: hides a suggested action for some days.
struct SnoozeCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: "Hide a suggested action for a while (7 days unless told).")

    @Argument(help: "The action's id, as shown by 'kith today'.", completion: CompletionSources.openActions)
    var id: String

    @Option(help: "Hide it for this many days.")
    var days: Int?

    @Option(help: "Hide it until this day (YYYY-MM-DD); it shows again on that day.", transform: DayArgument.parse)
    var until: Day?

    func validate() throws {
        if days != nil && until != nil { throw ValidationError("give either --days or --until, not both") }
        if let days { try CountArgument.checkDays(days, option: "--days") }
    }

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let day = until ?? session.today.adding(days: days ?? 7)
        let prompts = try session.prompts(language.lang)
        guard day > session.today else {
            throw CommandError(
                prompts.text("snooze.notLater", ["until": day.description, "today": session.today.description]))
        }
        let outcome = try ActionChange.apply(id: id, session: session, language: language.lang) {
            network, action, coach in
            try network.snooze(action, until: day, today: coach.today)
        }
        session.sayWrapped(
            try session.prompts(language.lang).text(
                "done.snoozed",
                [
                    "day": day.description,
                    "action": "[\(outcome.action.id)] \(outcome.action.text)",
                ]))
    }
}
