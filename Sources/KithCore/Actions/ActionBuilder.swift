/// Collects the actions of one computation: evaluates rules, builds ids, applies the log.
struct ActionBuilder {
    let network: Network
    let today: Day
    private(set) var pending: [PendingAction] = []
    /// The rules that matched, referred to by position from `pending`.
    private var usedRules: [Rule] = []
    private var ruleIndex: [String: Int] = [:]
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

    /// Adds an action for a contact rule when its condition holds.
    mutating func offer(_ rule: Rule, _ facts: ContactFacts, contact: Int, promise: Int?, item: String?, urgency: Int) {
        guard rule.condition.holds(facts, today: today) else { return }
        add(rule, .contact(contact, promise: promise), ids: [facts.contact.id], names: [facts.contact.name],
            item: item, urgency: urgency, step: nil, template: rule.action, context: [], keyIDs: nil)
    }

    /// Adds an action for a pair or `me` rule when its condition holds.
    mutating func offer(_ rule: Rule, _ facts: TableFacts, ids: [ContactID], names: [String], item: String?,
                        urgency: Int, step: IntroductionStep? = nil, template: ActionTemplate? = nil,
                        context: [String] = [], keyIDs: [ContactID]? = nil) {
        guard rule.condition.holds(facts, today: today) else { return }
        add(rule, .table(facts), ids: ids, names: names, item: item, urgency: urgency, step: step,
            template: template ?? rule.action, context: context, keyIDs: keyIDs)
    }

    private mutating func add(_ rule: Rule, _ facts: PendingAction.Facts, ids: [ContactID], names: [String], item: String?,
                              urgency: Int, step: IntroductionStep?, template: ActionTemplate, context: [String], keyIDs: [ContactID]?) {
        let key = ActionID.key(rule: rule.id + (step.map { "#" + $0.rawValue } ?? ""), ids: keyIDs ?? ids, item: item)
        guard keys.insert(key).inserted else { return }
        if ruleIndex[rule.id] == nil {
            ruleIndex[rule.id] = usedRules.count
            usedRules.append(rule)
        }
        pending.append(PendingAction(rule: ruleIndex[rule.id] ?? 0, priority: rule.priority, key: key, id: ActionID.make(key), facts: facts, ids: ids, names: names,
                                     item: item, step: step, urgency: urgency, template: template, context: context))
    }

    /// Ranks the matches, gives colliding short ids a longer form and applies done/snooze/dismiss
    /// states. Text and explanation are only worked out for the matches `keep` selects.
    func finish(rules: RuleSet, keep: (ActionStatus, String, Int) -> Bool) -> [SuggestedAction] {
        var entries: [String: ActionLogEntry] = [:]
        for entry in network.actionLog { entries[entry.key] = entry }
        var result = pending
        var byID: [String: Int] = [:]
        for action in result { byID[action.id, default: 0] += 1 }
        var statuses = [ActionStatus](repeating: .open, count: result.count)
        for i in result.indices {
            if byID[result[i].id, default: 0] > 1 { result[i].id = ActionID.make(result[i].key, length: 10) }
            guard let entry = entries[result[i].key] else { continue }
            let cooldown = max(rules[entry.ruleID]?.cooldownDays ?? 0, 1)
            switch entry.state {
            case .done:
                let until = entry.on.adding(days: cooldown)
                if today < until { statuses[i] = .done(on: entry.on, hiddenUntil: until) }
            case .dismissed:
                let until = entry.on.adding(days: cooldown)
                if today < until { statuses[i] = .dismissed(on: entry.on, hiddenUntil: until) }
            case .snoozed:
                if let until = entry.until, today < until { statuses[i] = .snoozed(until: until) }
            }
        }
        // Sort positions rather than the pending actions themselves.
        let order = result.indices.sorted { x, y in
            if result[x].priority != result[y].priority { return result[x].priority > result[y].priority }
            if result[x].urgency != result[y].urgency { return result[x].urgency > result[y].urgency }
            let (na, nb) = (result[x].names.first ?? "", result[y].names.first ?? "")
            return na != nb ? na < nb : result[x].id < result[y].id
        }
        var out: [SuggestedAction] = []
        var tiers: TierResolver?
        for (rank, i) in order.enumerated() where keep(statuses[i], result[i].id, rank) {
            out.append(materialize(result[i], status: statuses[i], tiers: &tiers))
        }
        return out
    }

    private func materialize(_ p: PendingAction, status: ActionStatus, tiers: inout TierResolver?) -> SuggestedAction {
        let rule = usedRules[p.rule]
        let text: String
        let matched: [String]
        switch p.facts {
        case .table(let facts):
            text = p.template.render(facts)
            matched = rule.condition.explain(facts, today: today)
        case .contact(let index, let promise):
            let resolver = tiers ?? TierResolver(settings: network.settings)
            tiers = resolver
            var facts = ContactFacts(network.contacts[index], today: today, tiers: resolver)
            facts.promise = promise.map { network.contacts[index].promises[$0] }
            text = p.template.render(facts)
            matched = rule.condition.explain(facts, today: today)
        }
        let explanation = ActionExplanation(ruleID: rule.id, ruleTitle: rule.title, idea: rule.idea,
                                            matched: matched, context: p.context)
        return SuggestedAction(
            id: p.id, key: p.key, ruleID: rule.id, text: text, contactIDs: p.ids, contactNames: p.names,
            item: p.item, step: p.step, priority: rule.priority, urgency: p.urgency, explanation: explanation,
            status: status, generator: rule.generator, logAs: rule.logAs)
    }
}

/// A rule that matched, before its text and explanation are worked out.
struct PendingAction {
    enum Facts {
        case contact(Int, promise: Int?)
        case table(TableFacts)
    }

    /// Position in the builder's `usedRules`.
    let rule: Int
    let priority: Int
    let key: String
    var id: String
    let facts: Facts
    let ids: [ContactID]
    let names: [String]
    let item: String?
    let step: IntroductionStep?
    let urgency: Int
    let template: ActionTemplate
    let context: [String]
}

/// Facts given as a small table, for pairs and the user's needs.
struct TableFacts: FactSource {
    var values: [Fact: FactValue]
    func value(of fact: Fact) -> FactValue? { values[fact] }
}
