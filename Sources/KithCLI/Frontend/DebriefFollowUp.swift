import KithCore

/// After a debrief, shows the actions that involve the person just debriefed.
struct DebriefFollowUp {
    let session: Session
    let prompts: PromptBook

    func showActions(for contact: ContactID) {
        guard let coach = try? session.coach() else { return }
        let related = coach.actions(prompts, limit: 5, involving: contact)
        guard !related.isEmpty else { return }
        session.say("")
        session.say(prompts.text("followUp.title"))
        for action in related { session.sayWrapped("  [\(action.id)] \(action.text)") }
    }
}
