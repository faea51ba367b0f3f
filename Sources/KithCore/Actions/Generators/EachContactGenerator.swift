/// `eachContact`: every contact known on the day (the default for contact rules). Done, it
/// records the rule's interaction on the contact.
///
/// `reconnect` is the same generator for rules that keep in touch on the contact's cadence
/// (`schedulesReconnects`): the calendar dates a person's next reconnect itself only when no
/// such rule already suggests one.
struct EachContactGenerator: ActionGenerator {
    /// True for `reconnect`: the rule stands for the contact's cadence in the calendar.
    let schedulesReconnects: Bool

    var subject: RuleSubject { .contact }
    var enumeration: SubjectEnumeration { .eachContact }
    var facts: [Fact] { Fact.contactFacts }
    var daysFact: Fact { .daysSinceLastInteraction }
    var defaultMinConfidence: Double { 0 }

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
