/// Answers "who can help with X" and "who needs X" over a network, in English and Spanish.
///
/// Build it once per store generation (the shell keeps it between queries); queries then only
/// touch the postings of their own terms. Design:
/// - Text is split into words, folded (case and accents), stop words dropped, and each word is
///   indexed under its English and Spanish Snowball stems (see `TermAnalyzer`).
/// - Every offer, role, company, tag, `knows` item, note and open need is one indexed item.
///   Relevance is BM25 (saturating term counts, length normalisation per field, IDF over the
///   contacts of the network) times a field weight: offers > role/company/tags > knows > notes.
/// - The knowledge base and synonym groups expand the query: a need phrase found in the query
///   ("dolor de espalda") lets the entry's solvers ("physiotherapist") and other wordings stand
///   in for those words at a lower weight, so on equal relevance a direct offer ranks above a
///   knowledge match, which ranks above a second-degree match, which ranks above notes.
/// - One result per person, with the best reason and up to two further ones.
///
/// Not thread-safe (it owns Snowball stemmers and a word cache): use it from one place.
public final class MatchIndex {
    private let contacts: [Contact]
    private let positionOfID: [ContactID: Int]
    private let analyzer: TermAnalyzer
    private let index: InvertedIndex
    private let scorer: MatchScorer
    /// Scratch: each contact's group in the current query, -1 when none (reset after each query).
    private var groupOfContact: [Int]
    private let knowledge: AnalysedKnowledge
    private let knowledgeBase: KnowledgeBase
    /// Built on the first query that matches nobody (most never do).
    private lazy var suggester = TermSuggester(contacts: contacts, knowledge: knowledgeBase, analyzer: analyzer)

    public init(network: Network, knowledge: KnowledgeBase) {
        contacts = network.contacts
        var positions: [ContactID: Int] = [:]
        for (i, c) in network.contacts.enumerated() where positions[c.id] == nil { positions[c.id] = i }
        positionOfID = positions
        let analyzer = TermAnalyzer()
        self.analyzer = analyzer
        index = InvertedIndex(contacts: network.contacts, analyzer: analyzer)
        scorer = MatchScorer(index: index)
        groupOfContact = Array(repeating: -1, count: network.contacts.count)
        self.knowledge = AnalysedKnowledge(knowledge, analyzer: analyzer)
        knowledgeBase = knowledge
    }

    /// True when `network` has exactly the searchable text of the network the index was built
    /// from: the same contacts in the same order, with the same names, offers, roles,
    /// companies, tags, acquaintances, notes and needs. Interactions, promises, introductions
    /// and the action log may differ; the index (and every answer it keeps) still holds.
    public func serves(_ network: Network) -> Bool {
        guard network.contacts.count == contacts.count else { return false }
        for (a, b) in zip(contacts, network.contacts) {
            guard a.id == b.id, a.name == b.name, a.offers == b.offers, a.role == b.role, a.company == b.company,
                  a.tags == b.tags, a.knows == b.knows, a.notes == b.notes, a.needs == b.needs else { return false }
        }
        return true
    }

    /// The position of a contact in the network the index was built from.
    func position(of id: ContactID) -> Int? { positionOfID[id] }

    /// People who can help with `query`: offers, knowledge links, people they know, notes.
    /// Reasons read in `wording`'s language.
    public func whoCanHelp(_ query: String, limit: Int? = nil, wording: MatchWording = .english) -> WhoAnswer {
        answer(query, direction: .canHelp, fields: [.offer, .role, .company, .tag, .knows, .note],
               excluding: nil, limit: limit, wording: wording)
    }

    /// People whose open needs match `query`: prospects, people the user can help.
    public func whoNeeds(_ query: String, limit: Int? = nil, wording: MatchWording = .english) -> WhoAnswer {
        answer(query, direction: .needs, fields: [.need], excluding: nil, limit: limit, wording: wording)
    }

    /// Direct offers and knowledge matches for a need, best first (at most `limit`), without
    /// `excluding` (the person who has the need). For rules such as two-way introductions
    /// (`MatchIndexFinder` keeps the answers). Each match carries its best reason only, and no
    /// spelling suggestions are worked out.
    public func solvers(for need: String, excluding: ContactID?, limit: Int = 20,
                        wording: MatchWording = .english) -> [WhoMatch] {
        answer(need, direction: .canHelp, fields: [.offer, .role, .company, .tag],
               excluding: excluding, limit: limit, detailed: false, wording: wording).matches
    }

    /// One person's hits combined: the best hit, and the best plus a tenth of the others.
    private struct Group {
        let target: Int
        var best: Int
        var bestScore: Double
        var rest: Double = 0
        var score: Double { bestScore + 0.1 * rest }
    }

    private func answer(_ query: String, direction: WhoDirection, fields: Set<MatchField>,
                        excluding: ContactID?, limit: Int?, detailed: Bool = true,
                        wording: MatchWording = .english) -> WhoAnswer {
        let plan = QueryPlan(query: query, direction: direction, analyzer: analyzer, knowledge: knowledge)
        let hits = scorer.score(plan, fields: fields)
        var groups: [Group] = []
        var targets: [Int] = []
        targets.reserveCapacity(hits.count)
        defer { for group in groups { groupOfContact[group.target] = -1 } }
        for (h, hit) in hits.enumerated() {
            let target = self.target(of: hit)
            targets.append(target)
            if let excluding, contacts[target].id == excluding { continue }
            let g = groupOfContact[target]
            if g < 0 {
                groupOfContact[target] = groups.count
                groups.append(Group(target: target, best: h, bestScore: hit.score))
            } else if hit.score > groups[g].bestScore {
                groups[g].rest += groups[g].bestScore
                groups[g].best = h
                groups[g].bestScore = hit.score
            } else {
                groups[g].rest += hit.score
            }
        }
        let top = groups.reduce(0.0) { max($0, $1.score) }
        let kinds = groups.map { kind(of: hits[$0.best], plan: plan) }
        let candidates = groups.indices.filter { groups[$0].score >= top * 0.1 }
        let order = TopSelection.first(limit, of: candidates) { i, j in
            let a = groups[i], b = groups[j]
            if a.score != b.score { return a.score > b.score }
            if kinds[i] != kinds[j] { return Self.rank(kinds[i]) < Self.rank(kinds[j]) }
            let x = contacts[a.target], y = contacts[b.target]
            return (x.name, x.id) < (y.name, y.id)
        }
        var hitsOf: [Int: [Int]] = [:]
        if detailed {
            for g in order { hitsOf[groups[g].target] = [] }
            for (h, target) in targets.enumerated() where hitsOf[target] != nil { hitsOf[target, default: []].append(h) }
        }
        let matches = order.map { g in
            match(groups[g], kind: kinds[g], others: hitsOf[groups[g].target] ?? [], hits: hits, plan: plan, wording: wording)
        }
        let suggestions = matches.isEmpty && detailed ? suggester.suggestions(for: query, analyzer: analyzer) : []
        return WhoAnswer(query: query, matches: matches, suggestions: suggestions)
    }

    /// The person a hit is about: the linked contact for a `knows` item that names one in the
    /// store, else the item's owner.
    private func target(of hit: MatchScorer.Hit) -> Int {
        let item = index.items[Int(hit.item)]
        let owner = Int(item.contact)
        guard item.field == .knows, Int(item.position) < contacts[owner].knows.count,
              let id = contacts[owner].knows[Int(item.position)].contactID,
              let linked = positionOfID[id], linked != owner else { return owner }
        return linked
    }

    private func kind(of hit: MatchScorer.Hit, plan: QueryPlan) -> MatchKind {
        let isKnowledge = hit.alternative.map { plan.alternatives[$0].isKnowledge } ?? false
        return MatchReasons.kind(of: index.items[Int(hit.item)].field, isKnowledge: isKnowledge)
    }

    private func reason(of hit: MatchScorer.Hit, target: Int, plan: QueryPlan, wording: MatchWording) -> String {
        let item = index.items[Int(hit.item)]
        let owner = contacts[Int(item.contact)]
        let alternative = hit.alternative.map { plan.alternatives[$0] }
        let note = alternative?.isKnowledge == true ? alternative?.note?.text(wording) : nil
        let linked = target != Int(item.contact) ? contacts[target] : nil
        return MatchReasons.reason(owner: owner, field: item.field, position: Int(item.position),
                                   linked: linked, note: note, wording: wording)
    }

    private func match(_ group: Group, kind: MatchKind, others hitIndices: [Int], hits: [MatchScorer.Hit],
                       plan: QueryPlan, wording: MatchWording) -> WhoMatch {
        let best = hits[group.best]
        let reason = reason(of: best, target: group.target, plan: plan, wording: wording)
        var others: [String] = []
        for h in hitIndices.sorted(by: { (hits[$0].score, $1) > (hits[$1].score, $0) }) where h != group.best {
            let text = self.reason(of: hits[h], target: group.target, plan: plan, wording: wording)
            if text != reason && !others.contains(text) { others.append(text) }
            if others.count == 2 { break }
        }
        let item = index.items[Int(best.item)]
        let via = item.field == .knows ? contacts[Int(item.contact)] : nil
        let person = contacts[group.target]
        return WhoMatch(contactID: person.id, name: person.name, score: group.score, reason: reason,
                        via: via?.name, viaContactID: via?.id, kind: kind, otherReasons: others)
    }

    private static func rank(_ kind: MatchKind) -> Int {
        switch kind {
        case .offer: return 0
        case .knowledge: return 1
        case .secondDegree: return 2
        case .notes: return 3
        case .need: return 4
        }
    }
}
