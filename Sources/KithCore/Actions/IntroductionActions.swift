/// The introduction rule (generator `needSolver`): one action per pair of contacts where one
/// needs what the other solves and they have not been introduced yet. Asks the solver finder
/// for each open need; never scans all pairs.
extension ActionBuilder {
    private struct Candidate {
        let first: Int
        let second: Int
        let need: Need
        let hit: SolverHit
    }

    static func pairKey(_ a: ContactID, _ b: ContactID) -> String {
        a < b ? a + "|" + b : b + "|" + a
    }

    mutating func addIntroductions(_ rule: Rule, solvers: inout SolverCache) {
        var records: [String: Introduction] = [:]
        for intro in network.introductions { records[Self.pairKey(intro.first, intro.second)] = intro }
        var best: [String: Candidate] = [:]
        var directions: Set<String> = []
        var order: [String] = []
        for (a, contact) in network.contacts.enumerated() {
            for need in contact.needs where need.isOpen {
                var taken = 0
                for hit in solvers.hits(need.text) where hit.kind == .solves && hit.contactID != contact.id {
                    guard taken < rule.limit else { break }
                    guard let b = position(of: hit.contactID) else { continue }
                    taken += 1
                    let pair = Self.pairKey(contact.id, hit.contactID)
                    if records[pair]?.made != nil { continue }
                    directions.insert(contact.id + "→" + hit.contactID)
                    let candidate = Candidate(first: a, second: b, need: need, hit: hit)
                    if let current = best[pair] {
                        if Self.better(candidate, than: current, in: network) { best[pair] = candidate }
                    } else {
                        best[pair] = candidate
                        order.append(pair)
                    }
                }
            }
        }
        for pair in order {
            guard let candidate = best[pair] else { continue }
            emitIntroduction(rule, candidate: candidate, record: records[pair], directions: directions)
        }
    }

    private static func better(_ x: Candidate, than y: Candidate, in network: Network) -> Bool {
        if x.hit.score != y.hit.score { return x.hit.score > y.hit.score }
        let (nx, ny) = (x.need.text, y.need.text)
        if nx != ny { return nx < ny }
        return network.contacts[x.first].id < network.contacts[y.first].id
    }

    private mutating func emitIntroduction(_ rule: Rule, candidate: Candidate, record: Introduction?, directions: Set<String>) {
        let a = network.contacts[candidate.first]
        let b = network.contacts[candidate.second]
        let doubleOptIn = network.settings.introductionStyle == .doubleOptIn && rule.steps != nil
        var step: IntroductionStep = doubleOptIn ? .askFirst : .introduce
        if let record {
            if record.askedSecond != nil { step = .connect } else if record.askedFirst != nil { step = doubleOptIn ? .askSecond : .connect }
        }
        var (first, second) = (a, b)
        if let record, record.first == b.id { (first, second) = (b, a) }
        let template: ActionTemplate
        switch step {
        case .introduce: template = rule.action
        case .askFirst: template = rule.steps?.askFirst ?? rule.action
        case .askSecond: template = rule.steps?.askSecond ?? rule.action
        case .connect: template = rule.steps?.connect ?? rule.action
        }
        let bothWays = directions.contains(b.id + "→" + a.id)
        let facts = TableFacts(values: [
            .name: .text(first.name), .other: .text(second.name), .need: .text(candidate.need.text),
            .needRecorded: .day(candidate.need.recorded), .needDaysOpen: .number(candidate.need.recorded.days(until: today)),
            .offer: .text(candidate.hit.reason), .score: .number(Int((candidate.hit.score * 100).rounded())),
            .bothWays: .flag(bothWays), .step: .text(step.rawValue),
        ])
        var context = ["\(a.name) needs '\(candidate.need.text)'; \(b.name) \(candidate.hit.reason) (match \(Int((candidate.hit.score * 100).rounded()))%)."]
        if bothWays { context.append("\(b.name) also needs something \(a.name) can help with: introduce them both ways.") }
        if step != .introduce { context.append("Double opt-in introduction, step: \(step.rawValue).") }
        let ids = [first.id, second.id]
        offer(rule, facts, ids: ids, names: [first.name, second.name], item: candidate.need.text,
              urgency: candidate.need.recorded.days(until: today), step: step, template: template,
              context: context, keyIDs: ids.sorted())
    }
}
