/// The rules built on the solver finder besides introductions: asking a contact in a nearby
/// field who they know (`nearbyField`) and asking for help with the user's own needs
/// (`myNeedSolver`); and the check-in after an introduction (`introductionCheckIn`).
extension ActionBuilder {
    mutating func addNearbyField(_ rule: Rule, solvers: inout SolverCache) {
        let slot = slot(for: rule)
        let contacts = network.contacts
        for c in contacts.indices {
            let owner = Int32(c)
            for need in contacts[c].needs where need.isOpen {
                let hits = solvers.hits(need.text)
                guard !hits.contains(where: { $0.hit.kind == .solves && $0.position != owner }) else { continue }
                var taken = 0
                for found in hits where found.hit.kind == .nearbyField && found.position != owner {
                    guard taken < rule.limit else { break }
                    taken += 1
                    var facts = PairFacts(today: today, name: contacts[c].name)
                    facts.other = network.contacts[Int(found.position)].name
                    facts.need = need
                    facts.reason = found.hit.reason
                    facts.score = found.hit.score
                    offer(slot, facts, subject: ActionSubject(first: owner, second: found.position),
                          urgency: need.recorded.days(until: today))
                }
            }
        }
    }

    mutating func addAskForHelp(_ rule: Rule, solvers: inout SolverCache) {
        let slot = slot(for: rule)
        for need in network.me.needs where need.isOpen {
            for found in solvers.hits(need.text).filter({ $0.hit.kind == .solves }).prefix(rule.limit) {
                var facts = PairFacts(today: today, name: network.contacts[Int(found.position)].name)
                facts.myName = network.me.name ?? "you"
                facts.need = need
                facts.reason = found.hit.reason
                facts.score = found.hit.score
                offer(slot, facts, subject: ActionSubject(first: found.position), urgency: need.recorded.days(until: today))
            }
        }
    }

    mutating func addCheckIns(_ rule: Rule) {
        let slot = slot(for: rule)
        for intro in network.introductions where intro.followedUp == nil {
            guard let made = intro.made, let a = position(of: intro.first), let b = position(of: intro.second) else { continue }
            var facts = PairFacts(today: today, name: network.contacts[Int(a)].name)
            facts.other = network.contacts[Int(b)].name
            facts.why = intro.why
            facts.introduced = made
            offer(slot, facts, subject: ActionSubject(first: a, second: b), urgency: made.days(until: today))
        }
    }
}

/// Asks the finder once per distinct need text in one computation, and resolves each hit's
/// contact to its position in the network (hits for unknown contacts are left out).
struct SolverCache {
    /// A hit and its contact's position.
    struct Found {
        let position: Int32
        let hit: SolverHit
    }

    let finder: NeedSolverFinding
    let contacts: [Contact]
    /// Every answer so far; `answerOf` gives a need's position here.
    private(set) var answers: [[Found]] = []
    private var answerOf: [String: Int32] = [:]
    /// Positions by id, built only if a hit comes without a usable position.
    private var positions: [ContactID: Int32]?

    init(finder: NeedSolverFinding, contacts: [Contact]) {
        self.finder = finder
        self.contacts = contacts
    }

    mutating func hits(_ need: String) -> [Found] {
        answers[Int(answer(need))]
    }

    /// The position of the answer for `need` in `answers`.
    mutating func answer(_ need: String) -> Int32 {
        if let known = answerOf[need] { return known }
        var found: [Found] = []
        for hit in finder.solvers(for: need, excluding: nil) {
            if let position = position(of: hit) { found.append(Found(position: position, hit: hit)) }
        }
        let at = Int32(answers.count)
        answers.append(found)
        answerOf[need] = at
        return at
    }

    private mutating func position(of hit: SolverHit) -> Int32? {
        if let p = hit.contactPosition, p >= 0, p < contacts.count, contacts[p].id == hit.contactID { return Int32(p) }
        if positions == nil {
            var map: [ContactID: Int32] = [:]
            for (i, c) in contacts.enumerated() where map[c.id] == nil { map[c.id] = Int32(i) }
            positions = map
        }
        return positions?[hit.contactID]
    }
}
