/// Today's suggested actions: every rule applied to the network, ranked by priority (then
/// urgency), de-duplicated, without those done, snoozed or dismissed and still hidden.
/// With `limit`, only the first `limit` are returned (and only their texts are worked out).
public func actions(for network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding,
                    limit: Int? = nil) -> [SuggestedAction] {
    var shown = 0
    return matchActions(network, today: today, rules: rules, finder: finder).finish(rules: rules) { status, _, _ in
        guard status.isOpen, shown < (limit ?? Int.max) else { return false }
        shown += 1
        return true
    }
}

/// Today's first `limit` actions (as `actions(for:…)`) and how many show today in all, from one
/// pass over the rules: for "and 5 more" lines.
public func actionsAndOpenCount(for network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding,
                                limit: Int) -> (actions: [SuggestedAction], openCount: Int) {
    var open = 0
    let shown = matchActions(network, today: today, rules: rules, finder: finder).finish(rules: rules) { status, _, _ in
        guard status.isOpen else { return false }
        open += 1
        return open <= limit
    }
    return (shown, open)
}

/// Every action the rules suggest today, hidden ones included with their `status`
/// (for listing what was snoozed or done).
public func allActions(for network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding) -> [SuggestedAction] {
    matchActions(network, today: today, rules: rules, finder: finder).finish(rules: rules) { _, _, _ in true }
}

/// The action with the short id `id` (case-insensitive) today, hidden or not.
public func suggestedAction(id: String, for network: Network, today: Day, rules: RuleSet,
                            finder: NeedSolverFinding) -> SuggestedAction? {
    let wanted = id.lowercased()
    return matchActions(network, today: today, rules: rules, finder: finder)
        .finish(rules: rules) { _, candidate, _ in candidate == wanted }.first
}

func matchActions(_ network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding) -> ActionBuilder {
    var builder = ActionBuilder(network: network, today: today)
    let contactRules = rules.rules.filter { $0.generator == .eachContact }
    let promiseRules = rules.rules.filter { $0.generator == .eachOpenPromise }
    if !contactRules.isEmpty || !promiseRules.isEmpty {
        let tiers = TierResolver(settings: network.settings)
        for (index, contact) in network.contacts.enumerated() {
            var facts = ContactFacts(contact, today: today, tiers: tiers)
            for r in contactRules.indices {
                builder.offer(contactRules[r], facts, contact: index, promise: nil, item: nil, urgency: facts.last.days(until: today))
            }
            guard facts.openPromisesCount > 0 else { continue }
            for (p, promise) in contact.promises.enumerated() where promise.isOpen {
                facts.promise = promise
                for r in promiseRules.indices {
                    builder.offer(promiseRules[r], facts, contact: index, promise: p, item: promise.text,
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
    return builder
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
