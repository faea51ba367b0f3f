/// Today's suggested actions: every rule applied to the network, ranked by priority (then
/// urgency), de-duplicated, without those done, snoozed or dismissed and still hidden.
public func actions(for network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding) -> [SuggestedAction] {
    allActions(for: network, today: today, rules: rules, finder: finder).filter(\.status.isOpen)
}

/// Every action the rules suggest today, hidden ones included with their `status`
/// (for `kith why ID` and `kith done ID` on an action snoozed earlier).
public func allActions(for network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding) -> [SuggestedAction] {
    var builder = ActionBuilder(network: network, today: today)
    let contactRules = rules.rules.filter { $0.generator == .eachContact }
    let promiseRules = rules.rules.filter { $0.generator == .eachOpenPromise }
    if !contactRules.isEmpty || !promiseRules.isEmpty {
        let tiers = TierResolver(settings: network.settings)
        for contact in network.contacts {
            var facts = ContactFacts(contact, today: today, tiers: tiers)
            for rule in contactRules {
                builder.offer(rule, facts, ids: [contact.id], names: [contact.name], item: nil,
                              urgency: facts.last.days(until: today))
            }
            guard facts.openPromisesCount > 0 else { continue }
            for promise in contact.promises where promise.isOpen {
                facts.promise = promise
                for rule in promiseRules {
                    builder.offer(rule, facts, ids: [contact.id], names: [contact.name], item: promise.text,
                                  urgency: promise.recorded.days(until: today))
                }
            }
        }
    }
    var solvers = SolverCache(finder: finder)
    for rule in rules.rules {
        switch rule.generator {
        case .eachContact, .eachOpenPromise: continue
        case .needSolver: builder.addIntroductions(rule, solvers: &solvers)
        case .introductionCheckIn: builder.addCheckIns(rule)
        case .nearbyField: builder.addNearbyField(rule, solvers: &solvers)
        case .myNeedSolver: builder.addAskForHelp(rule, solvers: &solvers)
        }
    }
    return builder.finish(rules: rules)
}

/// Asks the finder once per distinct need text in one computation.
struct SolverCache {
    let finder: NeedSolverFinding
    var cache: [String: [SolverHit]] = [:]

    mutating func hits(_ need: String) -> [SolverHit] {
        if let known = cache[need] { return known }
        let found = finder.solvers(for: need, excluding: nil)
        cache[need] = found
        return found
    }
}
