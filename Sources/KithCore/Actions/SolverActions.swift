/// The rules built on the solver finder besides introductions: asking a contact in a nearby
/// field who they know (`nearbyField`) and asking for help with the user's own needs
/// (`myNeedSolver`); and the check-in after an introduction (`introductionCheckIn`).
extension ActionBuilder {
    mutating func addNearbyField(_ rule: Rule) {
        let slot = slot(for: rule)
        let contacts = network.contacts
        for c in contacts.indices {
            let owner = Int32(c)
            for (n, need) in contacts[c].needs.enumerated() where need.isOpen {
                let answer = solvers.answer(need.text)
                let hits = solvers.answers[Int(answer)]
                guard !hits.contains(where: {
                    $0.hit.kind == .solves && $0.position != owner && $0.hit.confidence >= RuleGenerator.needSolver.defaultMinConfidence
                }) else { continue }
                var taken = 0
                for h in hits.indices where hits[h].hit.kind == .nearbyField && hits[h].position != owner
                    && hits[h].hit.confidence >= rule.minConfidence {
                    guard taken < rule.limit else { break }
                    taken += 1
                    let record = PairRecord(needOwner: owner, needIndex: Int32(n), answer: answer, hit: Int32(h))
                    offer(slot, record, subject: ActionSubject(first: owner, second: hits[h].position),
                          urgency: need.recorded.days(until: today), confidence: hits[h].hit.confidence)
                }
            }
        }
    }

    mutating func addAskForHelp(_ rule: Rule) {
        let slot = slot(for: rule)
        for (n, need) in network.me.needs.enumerated() where need.isOpen {
            let answer = solvers.answer(need.text)
            let hits = solvers.answers[Int(answer)]
            for h in hits.indices.filter({ hits[$0].hit.kind == .solves && hits[$0].hit.confidence >= rule.minConfidence })
                .prefix(rule.limit) {
                let record = PairRecord(needIndex: Int32(n), answer: answer, hit: Int32(h))
                offer(slot, record, subject: ActionSubject(first: hits[h].position), urgency: need.recorded.days(until: today),
                      confidence: hits[h].hit.confidence)
            }
        }
    }

    mutating func addCheckIns(_ rule: Rule) {
        let slot = slot(for: rule)
        for (i, intro) in network.introductions.enumerated() where intro.followedUp == nil {
            guard let made = intro.made, let a = position(of: intro.first), let b = position(of: intro.second) else { continue }
            offer(slot, PairRecord(introduction: Int32(i)), subject: ActionSubject(first: a, second: b),
                  urgency: made.days(until: today))
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
