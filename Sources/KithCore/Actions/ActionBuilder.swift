/// Collects the actions of one computation: evaluates rules, builds ids, applies the log.
struct ActionBuilder {
    let network: Network
    let today: Day
    private(set) var actions: [SuggestedAction] = []
    private var keys: Set<String> = []
    private var positionsCache: [ContactID: Int]?

    init(network: Network, today: Day) {
        self.network = network
        self.today = today
    }

    /// The position of a contact, via an index built on first use.
    mutating func position(of id: ContactID) -> Int? {
        if positionsCache == nil {
            var map: [ContactID: Int] = [:]
            map.reserveCapacity(network.contacts.count)
            for (i, c) in network.contacts.enumerated() where map[c.id] == nil { map[c.id] = i }
            positionsCache = map
        }
        return positionsCache?[id]
    }

    /// Adds an action for `rule` when its condition holds for `facts`.
    @discardableResult
    mutating func offer<S: FactSource>(_ rule: Rule, _ facts: S, ids: [ContactID], names: [String], item: String?,
                        urgency: Int, step: IntroductionStep? = nil, template: ActionTemplate? = nil,
                        context: [String] = [], keyIDs: [ContactID]? = nil) -> Bool {
        guard rule.condition.holds(facts, today: today) else { return false }
        let key = ActionID.key(rule: rule.id + (step.map { "#" + $0.rawValue } ?? ""), ids: keyIDs ?? ids, item: item)
        guard keys.insert(key).inserted else { return false }
        let explanation = ActionExplanation(ruleID: rule.id, ruleTitle: rule.title, idea: rule.idea,
                                            matched: rule.condition.explain(facts, today: today), context: context)
        actions.append(SuggestedAction(
            id: ActionID.make(key), key: key, ruleID: rule.id, text: (template ?? rule.action).render(facts),
            contactIDs: ids, contactNames: names, item: item, step: step, priority: rule.priority,
            urgency: urgency, explanation: explanation, status: .open, generator: rule.generator,
            logAs: rule.logAs))
        return true
    }

    /// Ranks, gives colliding short ids a longer form, and applies done/snooze/dismiss states.
    func finish(rules: RuleSet) -> [SuggestedAction] {
        var entries: [String: ActionLogEntry] = [:]
        for entry in network.actionLog { entries[entry.key] = entry }
        var result = actions
        var byID: [String: Int] = [:]
        for action in result { byID[action.id, default: 0] += 1 }
        for i in result.indices {
            if byID[result[i].id, default: 0] > 1 { result[i].id = ActionID.make(result[i].key, length: 10) }
            guard let entry = entries[result[i].key] else { continue }
            let cooldown = max(rules[entry.ruleID]?.cooldownDays ?? 0, 1)
            switch entry.state {
            case .done:
                let until = entry.on.adding(days: cooldown)
                if today < until { result[i].status = .done(on: entry.on, hiddenUntil: until) }
            case .dismissed:
                let until = entry.on.adding(days: cooldown)
                if today < until { result[i].status = .dismissed(on: entry.on, hiddenUntil: until) }
            case .snoozed:
                if let until = entry.until, today < until { result[i].status = .snoozed(until: until) }
            }
        }
        // Sort positions rather than the (large) actions themselves.
        let order = result.indices.sorted { x, y in
            if result[x].priority != result[y].priority { return result[x].priority > result[y].priority }
            if result[x].urgency != result[y].urgency { return result[x].urgency > result[y].urgency }
            let (na, nb) = (result[x].contactNames.first ?? "", result[y].contactNames.first ?? "")
            return na != nb ? na < nb : result[x].id < result[y].id
        }
        return order.map { result[$0] }
    }
}

/// Facts given as a small table, for pairs and the user's needs.
struct TableFacts: FactSource {
    var values: [Fact: FactValue]
    func value(of fact: Fact) -> FactValue? { values[fact] }
}
