/// `reconnect`: every contact, like `eachContact`, for rules that keep in touch on the
/// contact's cadence. The calendar dates a person's next reconnect itself only when no such
/// rule already suggests one.
struct ReconnectGenerator: ActionGenerator {
    var subject: RuleSubject { .contact }
    var enumeration: SubjectEnumeration { .eachContact }
    var facts: [Fact] { Fact.contactFacts }
    var daysFact: Fact { .daysSinceLastInteraction }
    var defaultMinConfidence: Double { 0 }
    var schedulesReconnects: Bool { true }

    /// Contact rules explain themselves by their conditions alone.
    func context(_ facts: PairFacts, wording: ContextWording) -> [String] { [] }

    func recordDone(
        _ action: SuggestedAction, note: String?, today: Day, introduced: Network.IntroductionNote,
        in network: inout Network
    ) -> [KeptPromise] {
        network.log(action.logAs, on: action.contactIDs, note: note ?? action.text, today: today)
        return []
    }
}
