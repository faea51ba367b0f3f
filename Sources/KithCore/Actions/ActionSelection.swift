/// Which of the matched actions to return from one computation.
enum ActionSelection {
    /// The actions that show today, best first; the first `limit` only, when given, and only
    /// those involving `contact`, when given.
    case open(limit: Int?, involving: ContactID?)
    /// Every match, hidden ones included with their status.
    case all
    /// The action with this id (short or long form, case-insensitive), hidden or not.
    case id(String)
}

extension ActionBuilder {
    /// Ranks the matches (priority, then urgency, then the first name, then the id), gives
    /// colliding short ids their longer form and applies done/snooze/dismiss states. Returns the
    /// selected actions and how many show today in all.
    ///
    /// Only the returned actions get their text, names and explanation worked out; ranking
    /// uses a top-k pass when a limit is given.
    func finish(rules: RuleSet, _ selection: ActionSelection) -> (actions: [SuggestedAction], openCount: Int) {
        let statuses = self.statuses(rules: rules)
        let ranking = self.ranking(rules: rules)
        func id(_ i: Int) -> String { ranking.id(i) }
        func ranksBefore(_ x: Int, _ y: Int) -> Bool { ranking.before(x, y) }
        func status(_ i: Int) -> ActionStatus { statuses[i] ?? .open }

        var chosen: [Int]
        var openCount = 0
        switch selection {
        case .open(let limit, let contact):
            let position = contact.flatMap { id in network.contacts.firstIndex { $0.id == id } }.map(Int32.init)
            if contact != nil && position == nil { return ([], 0) }
            var open: [Int] = []
            open.reserveCapacity(limit == nil ? pending.count : 0)
            var kept: [Int] = []
            for i in pending.indices where statuses[i] == nil {
                if let position, pending[i].subject.first != position && pending[i].subject.second != position {
                    continue
                }
                openCount += 1
                guard let limit else {
                    open.append(i)
                    continue
                }
                // Keep the best `limit` so far, in order.
                if kept.count == limit, let last = kept.last, !ranksBefore(i, last) { continue }
                var at = kept.count
                while at > 0 && ranksBefore(i, kept[at - 1]) { at -= 1 }
                kept.insert(i, at: at)
                if kept.count > limit { kept.removeLast() }
            }
            chosen = limit == nil ? open.sorted(by: ranksBefore) : kept
        case .all:
            openCount = statuses.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
            chosen = pending.indices.sorted(by: ranksBefore)
        case .id(let wanted):
            let wanted = wanted.lowercased()
            openCount = statuses.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
            chosen = pending.indices.filter { id($0) == wanted }.sorted(by: ranksBefore).prefix(1).map { $0 }
        }
        return (chosen.map { materialize($0, id: id($0), status: status($0), rules: rules) }, openCount)
    }

    /// How the matches rank, and each one's id.
    func ranking(rules: RuleSet) -> ActionRanking {
        ActionRanking(pending: pending, contacts: network.contacts, long: collidingShortIDs())
    }

    /// Short ids (`hash % 36^6`) that more than one action shares.
    private func collidingShortIDs() -> Set<UInt64> {
        var seen = Set<UInt64>(minimumCapacity: pending.count)
        var colliding: Set<UInt64> = []
        for action in pending where !seen.insert(action.hash % ActionID.shortSpace).inserted {
            colliding.insert(action.hash % ActionID.shortSpace)
        }
        return colliding
    }

    /// Each pending action's hidden status, nil when it shows today. Looks the action log up by
    /// key hash, and compares the key itself only on a hit.
    func statuses(rules: RuleSet) -> [ActionStatus?] {
        var result = [ActionStatus?](repeating: nil, count: pending.count)
        guard !network.actionLog.isEmpty else { return result }
        var entries: [UInt64: [ActionLogEntry]] = [:]
        for entry in network.actionLog { entries[ActionID.hash(entry.key), default: []].append(entry) }
        for (i, action) in pending.enumerated() {
            guard let candidates = entries[action.hash] else { continue }
            let key = self.key(usedRules[Int(action.rule)].id, action.subject)
            guard let entry = candidates.last(where: { $0.key == key }) else { continue }
            result[i] = hiddenStatus(entry, rules: rules)
        }
        return result
    }

    /// Why a logged action is hidden today, or nil once its cooldown or snooze is over.
    private func hiddenStatus(_ entry: ActionLogEntry, rules: RuleSet) -> ActionStatus? {
        let cooldown = max(rules[entry.ruleID]?.cooldownDays ?? 0, 1)
        switch entry.state {
        case .done:
            let until = entry.on.adding(days: cooldown)
            return today < until ? .done(on: entry.on, hiddenUntil: until) : nil
        case .dismissed:
            let until = entry.on.adding(days: cooldown)
            return today < until ? .dismissed(on: entry.on, hiddenUntil: until) : nil
        case .snoozed:
            guard let until = entry.until, today < until else { return nil }
            return .snoozed(until: until)
        }
    }

    /// The full action: text, names, ids, key and explanation.
    func materialize(_ i: Int, id: String, status: ActionStatus, rules: RuleSet) -> SuggestedAction {
        let p = pending[i]
        let rule = usedRules[Int(p.rule)]
        let subject = p.subject
        let text: String
        let matched: [String]
        var context: [String] = []
        var confidence: Double?
        var concepts: [String] = []
        let template: ActionTemplate
        if let position = subject.facts {
            let facts = pairFacts(subject, pairRecords[Int(position)])
            template = rule.template(for: subject.step)
            text = template.render(facts, wording: rules.wording, tiers: rules.tierWording)
            matched = rule.condition.explain(facts, today: today)
            context = rule.generator.behaviour.context(facts, wording: rules.contextWording)
            confidence = facts.score
            concepts = facts.concepts
        } else {
            var facts = ContactFacts(
                network.contacts[Int(subject.first)], today: today,
                tiers: TierResolver(settings: network.settings))
            facts.promise = subject.promise.map { network.contacts[Int(subject.first)].promises[Int($0)] }
            text = rule.action.render(facts, wording: rules.wording, tiers: rules.tierWording)
            matched = rule.condition.explain(facts, today: today)
        }
        let explanation = ActionExplanation(
            ruleID: rule.id, ruleTitle: rule.title, idea: rule.idea,
            matched: matched, context: context)
        var action = SuggestedAction(
            id: id, key: key(rule.id, subject), ruleID: rule.id, text: text, contactIDs: contactIDs(subject),
            contactNames: contactNames(subject), item: item(subject), step: subject.step, priority: p.priority,
            urgency: p.urgency, explanation: explanation, status: status, generator: rule.generator, logAs: rule.logAs)
        action.confidence = confidence.map { ($0 * 100).rounded() / 100 }
        action.concepts = concepts
        return action
    }
}

/// How matches rank (priority, then urgency, then the first name, then the id), and each
/// one's id: short ids that collide get their longer form.
struct ActionRanking {
    let pending: [PendingAction]
    let contacts: [Contact]
    let long: Set<UInt64>

    func id(_ i: Int) -> String {
        let hash = pending[i].hash
        return ActionID.text(of: hash, length: long.contains(hash % ActionID.shortSpace) ? 10 : 6)
    }

    func before(_ x: Int, _ y: Int) -> Bool {
        let (a, b) = (pending[x], pending[y])
        if a.priority != b.priority { return a.priority > b.priority }
        if a.urgency != b.urgency { return a.urgency > b.urgency }
        let (na, nb) = (contacts[Int(a.subject.first)].name, contacts[Int(b.subject.first)].name)
        return na != nb ? na < nb : id(x) < id(y)
    }
}

extension Rule {
    /// The text for an introduction step (the rule's action when it has no steps).
    func template(for step: IntroductionStep?) -> ActionTemplate {
        switch step {
        case nil, .introduce?: return action
        case .askFirst?: return steps?.askFirst ?? action
        case .askSecond?: return steps?.askSecond ?? action
        case .connect?: return steps?.connect ?? action
        }
    }
}
