/// Collects the actions of one computation: evaluates each rule's condition and keeps, per
/// match, only what ranking needs (rule, priority, urgency, key hash) and where to find the rest.
/// Texts, ids, names and explanations are worked out later, and only for the actions shown
/// (see `ActionSelection`), so a network with tens of thousands of matches stays cheap.
struct ActionBuilder {
    let network: Network
    let today: Day
    private(set) var pending: [PendingAction] = []
    /// Facts of the pair and `me` matches, referred to by position from `ActionSubject.facts`.
    private(set) var pairFacts: [PairFacts] = []
    /// The rules that matched, referred to by position from `pending`.
    private(set) var usedRules: [Rule] = []
    /// Each used rule's condition (read per match without copying the whole rule).
    private var conditions: [Condition] = []
    private var ruleIndex: [String: Int32] = [:]
    /// Each used rule's id, hashed: the start of its actions' key hashes.
    private var rulePrefixes: [UInt64] = []
    /// Key hashes seen, to drop an action suggested twice (e.g. two identical open promises).
    private var seen: Set<UInt64> = []
    private var positionsCache: [ContactID: Int32]?

    /// Knows contact positions already (the matching index does), sparing a map of its own.
    private let locator: NeedSolverFinding?

    init(network: Network, today: Day, locator: NeedSolverFinding? = nil) {
        self.network = network
        self.today = today
        self.locator = locator
    }

    /// The position of a contact: from the locator when it knows, else via a map built on first use.
    mutating func position(of id: ContactID) -> Int32? {
        if let p = locator?.position(of: id), p < network.contacts.count, network.contacts[p].id == id { return Int32(p) }
        return positions()[id]
    }

    /// Each contact id's position (the first, should an id repeat), built on first use.
    mutating func positions() -> [ContactID: Int32] {
        if let known = positionsCache { return known }
        var map: [ContactID: Int32] = [:]
        map.reserveCapacity(network.contacts.count)
        for (i, c) in network.contacts.enumerated() where map[c.id] == nil { map[c.id] = Int32(i) }
        positionsCache = map
        return map
    }

    /// The rule's place in `usedRules`, with its id already hashed (every key starts with it).
    mutating func slot(for rule: Rule) -> RuleSlot {
        if let known = ruleIndex[rule.id] { return RuleSlot(index: known, priority: rule.priority, hashPrefix: rulePrefixes[Int(known)]) }
        let index = Int32(usedRules.count)
        ruleIndex[rule.id] = index
        usedRules.append(rule)
        conditions.append(rule.condition)
        var prefix = ActionID.offsetBasis
        ActionID.feed(&prefix, rule.id)
        rulePrefixes.append(prefix)
        return RuleSlot(index: index, priority: rule.priority, hashPrefix: prefix)
    }

    /// Adds an action for a contact rule when its condition holds.
    mutating func offer(_ slot: RuleSlot, _ condition: Condition, _ facts: ContactFacts, contact: Int32, promise: Int32,
                        urgency: Int) {
        guard condition.holds(facts, today: today) else { return }
        add(slot, ActionSubject(first: contact, promise: promise), urgency: urgency)
    }

    /// Adds an action for a pair or `me` rule when its condition holds.
    mutating func offer(_ slot: RuleSlot, _ facts: PairFacts, subject: ActionSubject, urgency: Int) {
        guard conditions[Int(slot.index)].holds(facts, today: today) else { return }
        var subject = subject
        subject.facts = Int32(pairFacts.count)
        pairFacts.append(facts)
        if !add(slot, subject, urgency: urgency) { pairFacts.removeLast() }
    }

    @discardableResult
    private mutating func add(_ slot: RuleSlot, _ subject: ActionSubject, urgency: Int) -> Bool {
        let hash = keyHash(slot.hashPrefix, subject)
        guard seen.insert(hash).inserted else { return false }
        pending.append(PendingAction(rule: slot.index, priority: slot.priority, urgency: urgency, hash: hash, subject: subject))
        return true
    }

    // MARK: - Keys

    /// The key's pieces: `rule[#step]|id[|id][|item]`, ids sorted for introductions.
    func keyParts(_ ruleID: String, _ subject: ActionSubject) -> (rule: String, ids: [ContactID], item: String?) {
        let rule = ruleID + (subject.step.map { "#" + $0.rawValue } ?? "")
        var ids = contactIDs(subject)
        if subject.sortedKey { ids.sort() }
        return (rule, ids, item(subject))
    }

    /// The hash of the action's key, fed piece by piece (equal to hashing `key(_:_:)`).
    private func keyHash(_ prefix: UInt64, _ subject: ActionSubject) -> UInt64 {
        var hash = prefix
        if let step = subject.step {
            ActionID.feed(&hash, "#")
            ActionID.feed(&hash, step.rawValue)
        }
        var first = subject.first >= 0 ? network.contacts[Int(subject.first)].id : nil
        var second = subject.second >= 0 ? network.contacts[Int(subject.second)].id : nil
        if subject.sortedKey, let a = first, let b = second, b < a { (first, second) = (b, a) }
        if let first {
            ActionID.feed(&hash, "|")
            ActionID.feed(&hash, first)
        }
        if let second {
            ActionID.feed(&hash, "|")
            ActionID.feed(&hash, second)
        }
        if let item = item(subject) {
            ActionID.feed(&hash, "|")
            ActionID.feed(&hash, item)
        }
        return hash
    }

    func key(_ ruleID: String, _ subject: ActionSubject) -> String {
        let parts = keyParts(ruleID, subject)
        return ActionID.key(rule: parts.rule, ids: parts.ids, item: parts.item)
    }

    func contactIDs(_ subject: ActionSubject) -> [ContactID] {
        [subject.first, subject.second].filter { $0 >= 0 }.map { network.contacts[Int($0)].id }
    }

    func contactNames(_ subject: ActionSubject) -> [String] {
        [subject.first, subject.second].filter { $0 >= 0 }.map { network.contacts[Int($0)].name }
    }

    /// The need, promise or introduction the action is about, if any.
    func item(_ subject: ActionSubject) -> String? {
        if subject.promise >= 0 { return network.contacts[Int(subject.first)].promises[Int(subject.promise)].text }
        guard subject.facts >= 0 else { return nil }
        let facts = pairFacts[Int(subject.facts)]
        if let need = facts.need { return need.text }
        if let why = facts.why, let introduced = facts.introduced { return why + "@" + introduced.description }
        return nil
    }
}

/// A rule taking part in one computation: its position in `usedRules`, priority, and the
/// hash of its id.
struct RuleSlot {
    let index: Int32
    let priority: Int
    let hashPrefix: UInt64
}

/// What one matched action is about: contact positions and where its facts are.
struct ActionSubject {
    /// Contact positions, in the order shown; -1 when absent.
    var first: Int32
    var second: Int32 = -1
    /// The open promise's position in the first contact's promises (promise rules), or -1.
    var promise: Int32 = -1
    /// Position in the builder's `pairFacts` (pair and `me` rules), or -1.
    var facts: Int32 = -1
    /// For introductions: the step, part of the key.
    var step: IntroductionStep?
    /// The pair's ids go into the key sorted, so either direction gives the same key.
    var sortedKey = false
}

/// A rule that matched, before its text and explanation are worked out.
struct PendingAction {
    /// Position in the builder's `usedRules`.
    let rule: Int32
    let priority: Int
    let urgency: Int
    /// FNV-1a hash of the key; the short id is derived from it.
    let hash: UInt64
    let subject: ActionSubject
}
