/// `nearbyField`: an open need nobody the user knows solves, and a contact in a nearby field
/// who may know someone. Done, it records the interaction on that contact only.
struct NearbyFieldGenerator: ActionGenerator {
    var subject: RuleSubject { .pair }
    var enumeration: SubjectEnumeration { .search { builder, rule in builder.addNearbyField(rule) } }
    var facts: [Fact] { [.name, .other, .need, .needRecorded, .needDaysOpen, .field, .score] }
    var daysFact: Fact { .needDaysOpen }
    var schedulesReconnects: Bool { false }
    /// A nearby field may be only next to the need.
    var defaultMinConfidence: Double { 0.4 }

    func context(_ facts: PairFacts, wording: ContextWording) -> [String] {
        [wording(.nearbyField, ActionContext.values(facts, wording: wording))]
    }

    func recordDone(
        _ action: SuggestedAction, note: String?, today: Day, introduced: Network.IntroductionNote,
        in network: inout Network
    ) -> [KeptPromise] {
        network.log(action.logAs, on: Array(action.contactIDs.suffix(1)), note: note ?? action.text, today: today)
        return []
    }
}

extension ActionBuilder {
    fileprivate mutating func addNearbyField(_ rule: Rule) {
        let slot = slot(for: rule)
        let contacts = network.contacts
        let solving = NeedSolverGenerator().defaultMinConfidence
        for c in contacts.indices {
            let owner = Int32(c)
            for (n, need) in contacts[c].needs.enumerated() where need.isOpen {
                let answer = solvers.answer(need.text)
                let hits = solvers.answers[Int(answer)]
                guard
                    !hits.contains(where: {
                        $0.hit.kind == .solves && $0.position != owner && $0.hit.confidence >= solving
                    })
                else { continue }
                var taken = 0
                for h in hits.indices
                where hits[h].hit.kind == .nearbyField && hits[h].position != owner
                    && hits[h].hit.confidence >= rule.minConfidence
                {
                    guard taken < rule.limit else { break }
                    taken += 1
                    let record = PairRecord(need: .contact(owner, Int32(n)), answer: answer, hit: Int32(h))
                    offer(
                        slot, record, subject: ActionSubject(first: owner, second: hits[h].position),
                        urgency: need.recorded.days(until: today), confidence: hits[h].hit.confidence)
                }
            }
        }
    }
}
