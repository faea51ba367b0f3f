/// Collects the actions of one computation: evaluates each rule's condition and keeps, per
/// match, only what ranking needs (rule, priority, urgency, key hash) and where to find the rest.
/// Texts, ids, names and explanations are worked out later, and only for the actions shown
/// (see `ActionSelection`), so a network with tens of thousands of matches stays cheap.
struct ActionBuilder {
    let network: Network
    let today: Day
    private(set) var pending: [PendingAction] = []
    /// What the pair and `me` matches are about, referred to by position from
    /// `ActionSubject.facts`; their facts are rebuilt from these when needed.
    private(set) var pairRecords: [PairRecord] = []
    /// The finder's answers for this computation's needs.
    var solvers: SolverCache
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

    init(network: Network, today: Day, finder: NeedSolverFinding) {
        self.network = network
        self.today = today
        locator = finder
        solvers = SolverCache(finder: finder, contacts: network.contacts)
    }

    /// The position of a contact: from the locator when it knows, else via a map built on first use.
    mutating func position(of id: ContactID) -> Int32? {
        if let p = locator?.position(of: id), p < network.contacts.count, network.contacts[p].id == id {
            return Int32(p)
        }
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
        if let known = ruleIndex[rule.id] {
            return RuleSlot(index: known, priority: rule.priority, hashPrefix: rulePrefixes[Int(known)])
        }
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
    mutating func offer(
        _ slot: RuleSlot, _ condition: Condition, _ facts: ContactFacts, contact: Int32, promise: Int32?,
        urgency: Int
    ) {
        guard condition.holds(facts, today: today) else { return }
        add(slot, ActionSubject(first: contact, promise: promise), urgency: urgency)
    }

    /// Adds an action for a pair or `me` rule when its condition holds. With a `confidence`,
    /// the rule's priority is lowered by up to 20 as the match is less sure, so a strong
    /// introduction ranks above a weaker one.
    mutating func offer(
        _ slot: RuleSlot, _ record: PairRecord, subject: ActionSubject, urgency: Int,
        confidence: Double? = nil
    ) {
        var subject = subject
        subject.facts = Int32(pairRecords.count)
        pairRecords.append(record)
        var slot = slot
        if let confidence { slot.priority -= Int(((1 - min(max(confidence, 0), 1)) * 20).rounded()) }
        guard conditions[Int(slot.index)].holds(pairFacts(subject, record), today: today),
            add(slot, subject, urgency: urgency)
        else {
            pairRecords.removeLast()
            return
        }
    }

    /// The facts of a pair or `me` match, rebuilt from its record.
    func pairFacts(_ subject: ActionSubject, _ record: PairRecord) -> PairFacts {
        var facts = PairFacts(today: today, name: network.contacts[Int(subject.first)].name)
        if let second = subject.second { facts.other = network.contacts[Int(second)].name }
        if let need = need(record) { facts.need = need }
        if case .mine? = record.need { facts.myName = network.me.name ?? "you" }
        if let answer = record.answer {
            let hit = solvers.answers[Int(answer)][Int(record.hit)].hit
            facts.reason = hit.reason
            facts.score = hit.confidence
            facts.strength = hit.strength
            facts.concepts = hit.concepts
        }
        if let step = subject.step {
            facts.step = step
            facts.bothWays = record.bothWays
        }
        facts.nameHasNeed = record.nameHasNeed
        if let position = record.introduction {
            let introduction = network.introductions[Int(position)]
            facts.why = introduction.why
            facts.introduced = introduction.made
        }
        return facts
    }

    private func need(_ record: PairRecord) -> Need? {
        switch record.need {
        case .contact(let owner, let need)?: return network.contacts[Int(owner)].needs[Int(need)]
        case .mine(let need)?: return network.me.needs[Int(need)]
        case nil: return nil
        }
    }

    @discardableResult
    private mutating func add(_ slot: RuleSlot, _ subject: ActionSubject, urgency: Int) -> Bool {
        let hash = keyHash(slot.hashPrefix, subject)
        guard seen.insert(hash).inserted else { return false }
        pending.append(
            PendingAction(rule: slot.index, priority: slot.priority, urgency: urgency, hash: hash, subject: subject))
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
        var first = network.contacts[Int(subject.first)].id
        var second = subject.second.map { network.contacts[Int($0)].id }
        if subject.sortedKey, let b = second, b < first { (first, second) = (b, first) }
        ActionID.feed(&hash, "|")
        ActionID.feed(&hash, first)
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
        ([subject.first] + (subject.second.map { [$0] } ?? [])).map { network.contacts[Int($0)].id }
    }

    func contactNames(_ subject: ActionSubject) -> [String] {
        ([subject.first] + (subject.second.map { [$0] } ?? [])).map { network.contacts[Int($0)].name }
    }

    /// The need, promise or introduction the action is about, if any.
    func item(_ subject: ActionSubject) -> String? {
        if let promise = subject.promise { return network.contacts[Int(subject.first)].promises[Int(promise)].text }
        guard let facts = subject.facts else { return nil }
        let record = pairRecords[Int(facts)]
        if let need = need(record) { return need.text }
        guard let position = record.introduction else { return nil }
        let introduction = network.introductions[Int(position)]
        return introduction.made.map { introduction.why + "@" + $0.description }
    }
}

/// A rule taking part in one computation: its position in `usedRules`, priority, and the
/// hash of its id.
struct RuleSlot {
    let index: Int32
    var priority: Int
    let hashPrefix: UInt64
}

/// What one matched action is about: contact positions and where its facts are.
struct ActionSubject {
    /// Contact positions, in the order shown: the second one only for pairs.
    var first: Int32
    var second: Int32?
    /// The open promise's position in the first contact's promises (promise rules).
    var promise: Int32?
    /// Position in the builder's `pairRecords` (pair and `me` rules).
    var facts: Int32?
    /// For introductions: the step, part of the key.
    var step: IntroductionStep?
    /// The pair's ids go into the key sorted, so either direction gives the same key.
    var sortedKey = false
}

/// What a pair or `me` match is about, by position (a few bytes, however many matches there are).
struct PairRecord {
    /// The open need the match is about.
    var need: NeedPosition?
    /// The solver answer (in `ActionBuilder.solvers`) and the hit in it.
    var answer: Int32?
    var hit: Int32 = 0
    /// For check-ins: the introduction's position.
    var introduction: Int32?
    var bothWays = false
    /// Introductions: whether the first person shown is the one with the need.
    var nameHasNeed = true
}

/// Where an open need is: a contact's (their position, the need's position in their list),
/// or one of the user's own.
enum NeedPosition {
    case contact(Int32, Int32)
    case mine(Int32)
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
