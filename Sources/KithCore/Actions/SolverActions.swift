/// The rules built on the solver finder besides introductions: asking a contact in a nearby
/// field who they know (`nearbyField`) and asking for help with the user's own needs
/// (`myNeedSolver`); and the check-in after an introduction (`introductionCheckIn`).
extension ActionBuilder {
    mutating func addNearbyField(_ rule: Rule, solvers: inout SolverCache) {
        for contact in network.contacts {
            for need in contact.needs where need.isOpen {
                let hits = solvers.hits(need.text)
                guard !hits.contains(where: { $0.kind == .solves && $0.contactID != contact.id }) else { continue }
                var taken = 0
                for hit in hits where hit.kind == .nearbyField && hit.contactID != contact.id {
                    guard taken < rule.limit else { break }
                    guard let at = position(of: hit.contactID) else { continue }
                    taken += 1
                    let connector = network.contacts[at]
                    let facts = TableFacts(values: [
                        .name: .text(contact.name), .other: .text(connector.name), .need: .text(need.text),
                        .needRecorded: .day(need.recorded), .needDaysOpen: .number(need.recorded.days(until: today)),
                        .field: .text(hit.reason), .score: .number(Int((hit.score * 100).rounded())),
                    ])
                    let context = ["Nobody you know solves '\(need.text)' for \(contact.name); \(connector.name) \(hit.reason)."]
                    offer(rule, facts, ids: [contact.id, connector.id], names: [contact.name, connector.name],
                          item: need.text, urgency: need.recorded.days(until: today), context: context)
                }
            }
        }
    }

    mutating func addAskForHelp(_ rule: Rule, solvers: inout SolverCache) {
        for need in network.me.needs where need.isOpen {
            for hit in solvers.hits(need.text).filter({ $0.kind == .solves }).prefix(rule.limit) {
                guard let at = position(of: hit.contactID) else { continue }
                let solver = network.contacts[at]
                let facts = TableFacts(values: [
                    .name: .text(solver.name), .myName: .text(network.me.name ?? "you"), .need: .text(need.text),
                    .needRecorded: .day(need.recorded), .needDaysOpen: .number(need.recorded.days(until: today)),
                    .offer: .text(hit.reason), .score: .number(Int((hit.score * 100).rounded())),
                ])
                let context = ["You need '\(need.text)'; \(solver.name) \(hit.reason)."]
                offer(rule, facts, ids: [solver.id], names: [solver.name], item: need.text,
                      urgency: need.recorded.days(until: today), context: context)
            }
        }
    }

    mutating func addCheckIns(_ rule: Rule) {
        for intro in network.introductions where intro.followedUp == nil {
            guard let made = intro.made, let a = position(of: intro.first), let b = position(of: intro.second) else { continue }
            let (first, second) = (network.contacts[a], network.contacts[b])
            let facts = TableFacts(values: [
                .name: .text(first.name), .other: .text(second.name), .why: .text(intro.why),
                .introduced: .day(made), .daysSinceIntroduced: .number(made.days(until: today)),
            ])
            let context = ["You introduced \(first.name) and \(second.name) on \(made): \(intro.why)."]
            offer(rule, facts, ids: [first.id, second.id], names: [first.name, second.name],
                  item: intro.why + "@" + made.description, urgency: made.days(until: today), context: context)
        }
    }
}
