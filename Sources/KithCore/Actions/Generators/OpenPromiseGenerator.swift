/// `eachOpenPromise`: every open promise, with its contact's facts and `promise`,
/// `promise.recorded` and `promise.daysOpen`. Done, it marks the promise kept.
struct OpenPromiseGenerator: ActionGenerator {
    var subject: RuleSubject { .contact }
    var enumeration: SubjectEnumeration { .eachOpenPromise }
    var facts: [Fact] { Fact.contactFacts + [.promise, .promiseRecorded, .promiseDaysOpen] }
    var daysFact: Fact { .promiseDaysOpen }
    var defaultMinConfidence: Double { 0 }
    var schedulesReconnects: Bool { false }

    /// Contact rules explain themselves by their conditions alone.
    func context(_ facts: PairFacts, wording: ContextWording) -> [String] { [] }

    func recordDone(
        _ action: SuggestedAction, note: String?, today: Day, introduced: Network.IntroductionNote,
        in network: inout Network
    ) -> [KeptPromise] {
        if let id = action.contactIDs.first, let c = network.index(of: id),
            let p = network.contacts[c].promises.firstIndex(where: { $0.isOpen && $0.text == action.item })
        {
            network.contacts[c].promises[p].kept = today
        }
        network.log(action.logAs, on: action.contactIDs, note: note ?? action.text, today: today)
        return []
    }
}
