import KithCore

/// Turns the errors KithCore reports as data into text in the user's language: the one place
/// where such an error becomes words.
enum ErrorText {
    /// The error to show: a core error carrying data becomes a `CommandError` worded by
    /// `prompts`; any other error is returned as it is.
    static func rendered(_ error: Error, prompts: PromptBook) -> Error {
        if let error = error as? ActionError { return CommandError(text(error, prompts)) }
        if let worded = FileProblemText.text(for: error, prompts) { return CommandError(worded) }
        return error
    }

    /// What went wrong with a change to the network, in the language of `prompts`.
    static func text(_ error: ActionError, _ prompts: PromptBook) -> String {
        switch error {
        case .unknownAction(let id):
            return prompts.text("error.unknownAction", ["id": id])
        case .snoozeNotLater(let until, let today):
            return prompts.text("snooze.notLater", ["until": until.description, "today": today.description])
        case .unknownContact(let name):
            return prompts.text("error.unknownContact", ["name": name])
        case .ambiguousContact(let name, let candidates):
            return prompts.text(
                "error.ambiguousContact", ["name": name, "candidates": candidates.joined(separator: ", ")])
        case .unknownNeed(let contact, let need, let open):
            let list = open.isEmpty ? prompts.text("error.noOpenNeeds") : quoted(open)
            guard let contact else { return prompts.text("error.unknownOwnNeed", ["need": need, "open": list]) }
            return prompts.text("error.unknownNeed", ["contact": contact, "need": need, "open": list])
        case .ambiguousNeed(let contact, let need, let candidates):
            return prompts.text(
                "error.ambiguousNeed", ["contact": contact, "need": need, "candidates": quoted(candidates)])
        case .unknownOffer(let offer):
            return prompts.text("error.unknownOffer", ["offer": offer])
        case .unknownTier(let tier, let known):
            return prompts.text("error.unknownTier", ["tier": tier, "known": known.joined(separator: ", ")])
        case .emptyText(.contactName):
            return prompts.text("error.emptyContactName")
        case .emptyText(.need):
            return prompts.text("error.emptyNeed")
        case .emptyText(.offer):
            return prompts.text("error.emptyOffer")
        }
    }

    private static func quoted(_ items: [String]) -> String {
        items.map { "'\($0)'" }.joined(separator: ", ")
    }
}
