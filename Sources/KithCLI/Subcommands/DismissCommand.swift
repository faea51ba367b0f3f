import ArgumentParser
import KithCore

/// `kith dismiss ID`: hides a suggestion that does not fit, for its rule's cooldown.
struct DismissCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: "Dismiss a suggested action that does not fit (hidden for its rule's cooldown).")

    @Argument(help: "The action's id, as shown by 'kith today'.", completion: CompletionSources.openActions)
    var id: String

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let outcome = try ActionChange.apply(id: id, session: session, language: language.lang) {
            network, action, coach in
            network.dismiss(action, today: coach.today)
        }
        let until = session.today.adding(days: outcome.cooldownDays)
        session.sayWrapped(
            try session.prompts(language.lang).text(
                "done.dismissed",
                [
                    "day": until.description,
                    "action": "[\(outcome.action.id)] \(outcome.action.text)",
                ]))
    }
}
