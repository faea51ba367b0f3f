import KithCore

/// Finds today's action with a short id and applies done, snooze or dismiss to the latest
/// network, saving it; reports whose history got a new entry.
enum ActionChange {
    struct Outcome {
        let action: SuggestedAction
        /// Names of the contacts whose history got a new interaction.
        let recordedOn: [String]
        /// Days the rule keeps a done or dismissed action hidden.
        let cooldownDays: Int
    }

    static func apply(
        id: String, session: Session, language: PromptBook.Language? = nil,
        _ change: (inout Network, SuggestedAction, Coach) throws -> Void
    ) throws -> Outcome {
        let coach = try session.coach()
        let wanted = id.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["[", "]"])
        let prompts = try session.prompts(language)
        let (rules, finder) = (coach.rules(prompts).rules, coach.finder(prompts))
        return try coach.store.update { network in
            let action: SuggestedAction
            do {
                action = try network.suggestedAction(id: wanted, today: coach.today, rules: rules, finder: finder)
            } catch ActionError.unknownAction(let id) {
                // Done actions often stop matching (the follow-up happened): the log still knows them.
                if let entry = network.actionLog.last(where: { $0.id == id && $0.state == .done }) {
                    throw CommandError(prompts.text("done.already", ["id": id, "day": entry.on.description]))
                }
                throw CommandError(prompts.text("done.unknown", ["id": id]))
            }
            let before = Dictionary(
                network.contacts.map { ($0.id, $0.interactions.count) }, uniquingKeysWith: { a, _ in a })
            try change(&network, action, coach)
            let recorded = network.contacts.filter { $0.interactions.count > before[$0.id] ?? 0 }.map(\.name)
            return Outcome(
                action: action, recordedOn: recorded,
                cooldownDays: max(rules[action.ruleID]?.cooldownDays ?? 1, 1))
        }
    }
}
