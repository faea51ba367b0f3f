/// A value worked out from one generation of the store.
struct Derived<Value> {
    let generation: Int
    let value: Value
}

/// What today's matches depend on besides the store: the day and the language of the texts.
struct MatchesKey: Hashable {
    let day: Day
    let language: PromptBook.Language?
}

extension MatchWording {
    /// How match reasons read in the language of `prompts`.
    public init(prompts: PromptBook) {
        self.init(language: prompts.language.rawValue, spanishLabels: prompts.language == .es, prompts.optionalText)
    }
}
