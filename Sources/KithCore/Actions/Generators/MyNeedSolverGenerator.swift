/// `myNeedSolver`: one of the user's own open needs and a contact who solves it. Done, it
/// records the interaction on that contact.
struct MyNeedSolverGenerator: ActionGenerator {
    var subject: RuleSubject { .me }
    var enumeration: SubjectEnumeration { .search { builder, rule in builder.addAskForHelp(rule) } }
    var facts: [Fact] { [.name, .myName, .need, .needRecorded, .needDaysOpen, .offer, .score] }
    var daysFact: Fact { .needDaysOpen }
    var schedulesReconnects: Bool { false }
    /// The user's own needs want a real answer: the same concept, or all of the need's words.
    var defaultMinConfidence: Double { 0.6 }

    func context(_ facts: PairFacts, wording: ContextWording) -> [String] {
        [wording(.myNeedSolver, ActionContext.values(facts, wording: wording))]
    }

    func recordDone(
        _ action: SuggestedAction, note: String?, today: Day, introduced: Network.IntroductionNote,
        in network: inout Network
    ) -> [KeptPromise] {
        network.log(action.logAs, on: action.contactIDs, note: note ?? action.text, today: today)
        return []
    }
}

extension ActionBuilder {
    fileprivate mutating func addAskForHelp(_ rule: Rule) {
        let slot = slot(for: rule)
        for (n, need) in network.me.needs.enumerated() where need.isOpen {
            let answer = solvers.answer(need.text)
            let hits = solvers.answers[Int(answer)]
            for h in hits.indices.filter({
                hits[$0].hit.kind == .solves && hits[$0].hit.confidence >= rule.minConfidence
            })
            .prefix(rule.limit) {
                let record = PairRecord(need: .mine(Int32(n)), answer: answer, hit: Int32(h))
                offer(
                    slot, record, subject: ActionSubject(first: hits[h].position),
                    urgency: need.recorded.days(until: today),
                    confidence: hits[h].hit.confidence)
            }
        }
    }
}
