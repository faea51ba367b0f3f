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
    private let knowledge: AnalysedKnowledge
    private let suggester: TermSuggester

    public init(network: Network, knowledge: KnowledgeBase) {
        contacts = network.contacts
        var positions: [ContactID: Int] = [:]
        for (i, c) in network.contacts.enumerated() where positions[c.id] == nil { positions[c.id] = i }
        positionOfID = positions
        let analyzer = TermAnalyzer()
        self.analyzer = analyzer
        index = InvertedIndex(contacts: network.contacts, analyzer: analyzer)
        self.knowledge = AnalysedKnowledge(knowledge, analyzer: analyzer)
        suggester = TermSuggester(contacts: network.contacts, knowledge: knowledge, analyzer: analyzer)
    }

    /// People who can help with `query`: offers, knowledge links, people they know, notes.
    public func whoCanHelp(_ query: String, limit: Int? = nil) -> WhoAnswer {
        answer(query, direction: .canHelp, fields: [.offer, .role, .company, .tag, .knows, .note],
               excluding: nil, limit: limit)
    }

    /// People whose open needs match `query`: prospects, people the user can help.
    public func whoNeeds(_ query: String, limit: Int? = nil) -> WhoAnswer {
        answer(query, direction: .needs, fields: [.need], excluding: nil, limit: limit)
    }

    /// Direct offers and knowledge matches for a need, best first, without `excluding` (the
    /// person who has the need). For rules such as two-way introductions.
    public func solvers(for need: String, excluding: ContactID?) -> [WhoMatch] {
        answer(need, direction: .canHelp, fields: [.offer, .role, .company, .tag],
               excluding: excluding, limit: nil).matches
    }

    private struct Candidate {
        let score: Double
        let reason: String
        let kind: MatchKind
        let via: Contact?
    }

    private func answer(_ query: String, direction: WhoDirection, fields: Set<MatchField>,
                        excluding: ContactID?, limit: Int?) -> WhoAnswer {
        let plan = QueryPlan(query: query, direction: direction, analyzer: analyzer, knowledge: knowledge)
        let hits = MatchScorer(index: index).score(plan, fields: fields)
        var byTarget: [Int: [Candidate]] = [:]
        for hit in hits {
            let item = index.items[Int(hit.item)]
            let ownerIndex = Int(item.contact)
            let owner = contacts[ownerIndex]
            var target = ownerIndex
            var linked: Contact?
            if item.field == .knows, Int(item.position) < owner.knows.count,
               let id = owner.knows[Int(item.position)].contactID, let p = positionOfID[id], p != ownerIndex {
                target = p
                linked = contacts[p]
            }
            if let excluding, contacts[target].id == excluding { continue }
            let alternative = hit.alternative.map { plan.alternatives[$0] }
            let isKnowledge = alternative?.isKnowledge ?? false
            let reason = MatchReasons.reason(owner: owner, field: item.field, position: Int(item.position),
                                             linked: linked, note: isKnowledge ? alternative?.note : nil)
            let kind = MatchReasons.kind(of: item.field, isKnowledge: isKnowledge)
            byTarget[target, default: []].append(Candidate(score: hit.score, reason: reason, kind: kind,
                                                           via: item.field == .knows ? owner : nil))
        }
        var matches: [WhoMatch] = []
        for (target, candidates) in byTarget {
            let sorted = candidates.sorted { ($0.score, $1.reason) > ($1.score, $0.reason) }
            guard let best = sorted.first else { continue }
            var others: [String] = []
            for c in sorted.dropFirst() where c.reason != best.reason && !others.contains(c.reason) && others.count < 2 {
                others.append(c.reason)
            }
            let bonus = sorted.dropFirst().reduce(0) { $0 + $1.score } * 0.1
            let person = contacts[target]
            matches.append(WhoMatch(contactID: person.id, name: person.name, score: best.score + bonus,
                                    reason: best.reason, via: best.via?.name, viaContactID: best.via?.id,
                                    kind: best.kind, otherReasons: others))
        }
        matches.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.kind != b.kind { return Self.rank(a.kind) < Self.rank(b.kind) }
            return (a.name, a.contactID) < (b.name, b.contactID)
        }
        if let top = matches.first?.score {
            matches.removeAll { $0.score < top * 0.1 }
        }
        if let limit { matches = Array(matches.prefix(max(0, limit))) }
        let suggestions = matches.isEmpty ? suggester.suggestions(for: query, analyzer: analyzer) : []
        return WhoAnswer(query: query, matches: matches, suggestions: suggestions)
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
