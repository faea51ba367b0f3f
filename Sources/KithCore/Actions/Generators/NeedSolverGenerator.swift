/// `needSolver`: one action per pair of contacts where one needs what the other solves, with
/// at least the rule's `minConfidence`, and they have not been introduced yet. Asks the solver
/// finder for each open need; never scans all pairs. The surer the match, the higher the action
/// ranks. With double opt-in, each step of the introduction is an action of its own. Done, it
/// records the step (and, once made, the introduction on both people and the promises it keeps).
struct NeedSolverGenerator: ActionGenerator {
    var subject: RuleSubject { .pair }
    var enumeration: SubjectEnumeration { .search { builder, rule in builder.addIntroductions(rule) } }
    var facts: [Fact] { [.name, .other, .need, .needRecorded, .needDaysOpen, .offer, .score, .bothWays, .step] }
    var daysFact: Fact { .needDaysOpen }
    var schedulesReconnects: Bool { false }
    /// Introductions want a real answer: the same concept, or all of the need's own words.
    var defaultMinConfidence: Double { 0.6 }

    func context(_ facts: PairFacts, wording: ContextWording) -> [String] {
        let values = ActionContext.values(facts, wording: wording)
        var lines = [wording(.needSolver, values)]
        if facts.bothWays == true { lines.append(wording(.bothWays, values)) }
        if let step = facts.step, step != .introduce { lines.append(wording(.doubleOptIn, values)) }
        return lines
    }

    func recordDone(
        _ action: SuggestedAction, note: String?, today: Day, introduced: Network.IntroductionNote,
        in network: inout Network
    ) -> [KeptPromise] {
        network.recordIntroductionStep(action, note: note, today: today, introduced: introduced)
    }
}

extension ActionBuilder {
    /// A possible introduction, by position: no strings are copied until it is emitted.
    private struct Candidate {
        /// The person with the need, and the need's position in their list.
        let owner: Int32
        let need: Int32
        /// The answer (in the solver cache) and the hit in it.
        let answer: Int32
        let hit: Int32
        let solver: Int32
    }

    /// Both positions in one number, `a` in the high half: a direction.
    private static func direction(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    /// The same number for either order: a pair.
    private static func pair(_ a: Int32, _ b: Int32) -> UInt64 {
        a < b ? direction(a, b) : direction(b, a)
    }

    fileprivate mutating func addIntroductions(_ rule: Rule) {
        let slot = slot(for: rule)
        var records: [UInt64: Introduction] = [:]
        for intro in network.introductions {
            guard let a = position(of: intro.first), let b = position(of: intro.second) else { continue }
            records[Self.pair(a, b)] = intro
        }
        var best: [UInt64: Int] = [:]
        var candidates: [Candidate] = []
        var directions: Set<UInt64> = []
        let contacts = network.contacts
        for a in contacts.indices {
            let owner = Int32(a)
            for (n, need) in contacts[a].needs.enumerated() where need.isOpen {
                let answer = solvers.answer(need.text)
                let hits = solvers.answers[Int(answer)]
                var taken = 0
                for h in hits.indices
                where hits[h].hit.kind == .solves && hits[h].position != owner
                    && hits[h].hit.confidence >= rule.minConfidence
                {
                    guard taken < rule.limit else { break }
                    taken += 1
                    let solver = hits[h].position
                    let pair = Self.pair(owner, solver)
                    if !records.isEmpty, records[pair]?.made != nil { continue }
                    directions.insert(Self.direction(owner, solver))
                    let candidate = Candidate(
                        owner: owner, need: Int32(n), answer: answer, hit: Int32(h), solver: solver)
                    if let current = best[pair] {
                        if better(candidate, than: candidates[current]) { candidates[current] = candidate }
                    } else {
                        best[pair] = candidates.count
                        candidates.append(candidate)
                    }
                }
            }
        }
        for candidate in candidates {
            let record = records.isEmpty ? nil : records[Self.pair(candidate.owner, candidate.solver)]
            let bothWays = directions.contains(Self.direction(candidate.solver, candidate.owner))
            emitIntroduction(rule, slot, candidate: candidate, record: record, bothWays: bothWays)
        }
    }

    private func confidence(_ c: Candidate) -> Double { solvers.answers[Int(c.answer)][Int(c.hit)].hit.confidence }

    private func need(_ c: Candidate) -> Need { network.contacts[Int(c.owner)].needs[Int(c.need)] }

    private func better(_ x: Candidate, than y: Candidate) -> Bool {
        let (sx, sy) = (confidence(x), confidence(y))
        if sx != sy { return sx > sy }
        let (nx, ny) = (need(x).text, need(y).text)
        if nx != ny { return nx < ny }
        return network.contacts[Int(x.owner)].id < network.contacts[Int(y.owner)].id
    }

    private mutating func emitIntroduction(
        _ rule: Rule, _ slot: RuleSlot, candidate: Candidate,
        record: Introduction?, bothWays: Bool
    ) {
        let doubleOptIn = network.settings.introductionStyle == .doubleOptIn && rule.steps != nil
        var step: IntroductionStep = doubleOptIn ? .askFirst : .introduce
        if let record {
            if record.askedSecond != nil {
                step = .connect
            } else if record.askedFirst != nil {
                step = doubleOptIn ? .askSecond : .connect
            }
        }
        // A recorded introduction keeps its order: its first person is asked first.
        var (first, second) = (candidate.owner, candidate.solver)
        if let record, record.first == network.contacts[Int(candidate.solver)].id { (first, second) = (second, first) }
        let pair = PairRecord(
            need: .contact(candidate.owner, candidate.need), answer: candidate.answer,
            hit: candidate.hit, bothWays: bothWays, nameHasNeed: first == candidate.owner)
        let subject = ActionSubject(first: first, second: second, step: step, sortedKey: true)
        offer(
            slot, pair, subject: subject, urgency: need(candidate).recorded.days(until: today),
            confidence: confidence(candidate))
    }
}
