import ArgumentParser
import KithCore

/// `kith done ID`: marks a suggested action done and records it in the contacts' history.
struct DoneCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark a suggested action done (it goes into the contacts' history).",
        discussion: """
            ID is the short id 'kith today' shows in brackets. Doing an introduction records it on \
            both people; keeping a promise marks it kept. The action stays hidden for its rule's \
            cooldown.
            """)

    @Argument(help: "The action's id, as shown by 'kith today'.", completion: CompletionSources.openActions)
    var id: String

    @Option(help: "A note for the history (what happened, the outcome).")
    var note: String?

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        var kept: [KeptPromise] = []
        let prompts = try session.prompts(language.lang)
        let outcome = try ActionChange.apply(id: id, session: session, language: language.lang) {
            network, action, coach in
            if case .done(let on, let until) = action.status {
                throw CommandError(
                    prompts.text(
                        "done.alreadyUntil", ["id": action.id, "day": on.description, "until": until.description]))
            }
            kept = network.markDone(action, note: note, today: coach.today) { other, about in
                guard let other else { return prompts.text("done.introducedEachOther", ["about": about]) }
                return prompts.text("done.introducedTo", ["name": other, "about": about])
            }
        }
        let recorded =
            outcome.recordedOn.isEmpty
            ? ""
            : " "
                + prompts.text(
                    "done.recorded", ["names": outcome.recordedOn.joined(separator: prompts.text("list.and"))])
        session.sayWrapped(
            prompts.text("done.done", ["action": "[\(outcome.action.id)] \(outcome.action.text)"]) + recorded)
        for promise in kept {
            session.sayWrapped(prompts.text("done.promiseKept", ["name": promise.name, "promise": promise.text]))
        }
    }
}
