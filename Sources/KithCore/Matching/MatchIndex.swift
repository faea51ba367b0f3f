/// Answers "who can help with X" and "who needs X" over a network, in English and Spanish, by
/// what the texts mean rather than by shared words.
///
/// Build it once per store generation (the shell keeps it between queries); queries then only
/// touch the items holding their own concepts and words. The texts are read on the first
/// question: only those that could answer it when it is the only one asked so far. Design:
/// - Every offer, role, company, tag, `knows` item, note and open need is read into the
///   concepts of the knowledge base it expresses (by phrase, with stemming and accent folding)
///   and its own content words, each split into head (what it is about) and context
///   (`ConceptCatalogue.read`). A question is read the same way.
/// - Each item that shares anything with the question gets an absolute confidence with a
///   reason (`MatchConfidence`): the same concept in both heads is strong, the head's own
///   words medium, context only weak; times its field's weight (offers and roles count fully,
///   second degree and notes less).
/// - One result per person, ranked by confidence; people far below the best are left out.
///
/// Not thread-safe (it owns Snowball stemmers and a word cache): use it from one place.
public final class MatchIndex {
    let contacts: [Contact]
    let positionOfID: [ContactID: Int]
    private let analyzer: TermAnalyzer
    let catalogue: ConceptCatalogue
    /// The texts read so far: those the first question could match, else every one.
    private(set) var index: ConceptIndex
    private var indexIsComplete = false
    private var askedBefore = false
    private let knowledgeBase: KnowledgeBase
    /// Scratch for candidate walks, one slot per item.
    private var seen: [Bool]
    /// Scratch for grouping hits by person, one slot per contact: -1 outside `answer`.
    private var groupOfTarget: [Int32]
    /// Texts as quoted in reasons, by the text: the same offer or role answers many needs.
    var quotes: [String: String] = [:]
    /// Built on the first query that matches nobody (most never do).
    private lazy var suggester = TermSuggester(contacts: contacts, knowledge: knowledgeBase, analyzer: analyzer)

    public init(network: Network, knowledge: KnowledgeBase) {
        contacts = network.contacts
        var positions: [ContactID: Int] = [:]
        for (i, c) in network.contacts.enumerated() where positions[c.id] == nil { positions[c.id] = i }
        positionOfID = positions
        let analyzer = TermAnalyzer()
        self.analyzer = analyzer
        catalogue = ConceptCatalogue(knowledge, analyzer: analyzer)
        index = ConceptIndex(contacts: [], catalogue: catalogue, analyzer: analyzer)
        seen = []
        groupOfTarget = Array(repeating: -1, count: network.contacts.count)
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
                a.tags == b.tags, a.knows == b.knows, a.notes == b.notes, a.needs == b.needs
            else { return false }
        }
        return true
    }

    /// The position of a contact in the network the index was built from.
    func position(of id: ContactID) -> Int? { positionOfID[id] }

    /// The names of the concepts `text` expresses, head first, in the wording's language.
    package func concepts(of text: String, wording: MatchWording = .english) -> [String] {
        catalogue.read(text, analyzer: analyzer, implied: true).concepts.map {
            catalogue.name($0, spanish: wording.spanishLabels)
        }
    }

    /// People who can help with `query`: offers, roles, people they know, notes.
    /// Reasons read in `wording`'s language.
    package func whoCanHelp(_ query: String, limit: Int? = nil, wording: MatchWording = .english) -> WhoAnswer {
        answer(
            query, fields: [.offer, .role, .company, .tag, .knows, .note], excluding: nil, limit: limit,
            wording: wording)
    }

    /// People whose open needs match `query`: prospects, people the user can help.
    package func whoNeeds(_ query: String, limit: Int? = nil, wording: MatchWording = .english) -> WhoAnswer {
        answer(query, fields: [.need], excluding: nil, limit: limit, wording: wording)
    }

    /// People whose offers, role, company or tags answer a need, best first (at most `limit`),
    /// without `excluding` (the person who has the need). For rules such as two-way
    /// introductions (`MatchIndexFinder` keeps the answers). Each match carries its best reason
    /// only, and no spelling suggestions are worked out.
    package func solvers(
        for need: String, excluding: ContactID?, limit: Int = 20,
        wording: MatchWording = .english
    ) -> [WhoMatch] {
        solvers(for: need, excluding: excluding, limit: limit, wording: wording, reasons: nil)
    }

    /// Action reasons by item, for one wording: the same offer or role answers many needs.
    final class ActionReasons {
        var byItem: [Int32: String] = [:]
        /// Concept names by concept positions: thousands of answers name the same few.
        var conceptNames: [[Int32]: [String]] = [:]
    }

    /// `solvers(for:excluding:limit:wording:)`, keeping each item's action reason in `reasons`,
    /// which must only ever be used with this `wording`.
    func solvers(
        for need: String, excluding: ContactID?, limit: Int = 20, wording: MatchWording,
        reasons: ActionReasons?
    ) -> [WhoMatch] {
        answer(
            need, fields: [.offer, .role, .company, .tag], excluding: excluding, limit: limit, detailed: false,
            wording: wording, reasons: reasons
        ).matches
    }

    private func answer(
        _ query: String, fields: Set<MatchField>, excluding: ContactID?, limit: Int?,
        detailed: Bool = true, wording: MatchWording, reasons: ActionReasons? = nil
    ) -> WhoAnswer {
        let asked = catalogue.read(query, analyzer: analyzer, implied: true)
        prepareIndex(for: asked, detailed: detailed)
        var allowed = Array(repeating: false, count: MatchField.allCases.count)
        for field in fields { allowed[field.rawValue] = true }
        var hits: [Hit] = []
        // Items of the same text share their marks, so their evidence is worked out once.
        var evidenceOfRun: [Int32: MatchEvidence?] = [:]
        // Context and phrase words alone are weak: looked at only when nothing better turned
        // up, and never for an introduction (`detailed` false), which weak evidence cannot make.
        let weakToo = { detailed && !hits.contains { $0.confidence >= MatchConfidence.sharedWordsBase } }
        index.forEachCandidate(of: asked, catalogue: catalogue, fields: allowed, seen: &seen, weakToo: weakToo) {
            item in
            let run = index.items[Int(item)].markStart
            let found: MatchEvidence?
            if let known = evidenceOfRun[run] {
                found = known
            } else {
                found = MatchConfidence.evidence(asked, index.marks(of: item), catalogue: catalogue)
                evidenceOfRun[run] = found
            }
            guard let evidence = found else { return }
            let field = index.items[Int(item)].field
            hits.append(
                Hit(
                    item: item, target: target(of: item), evidence: evidence,
                    confidence: evidence.confidence * MatchConfidence.weight(of: field)))
        }
        var groups: [Group] = []
        for (h, hit) in hits.enumerated() {
            if let excluding, contacts[hit.target].id == excluding { continue }
            let g = groupOfTarget[hit.target]
            if g >= 0 {
                groups[Int(g)].others += 1
                if better(hit, than: hits[groups[Int(g)].best]) { groups[Int(g)].best = h }
            } else {
                groupOfTarget[hit.target] = Int32(groups.count)
                groups.append(Group(target: hit.target, best: h, tieBreak: 0))
            }
        }
        for group in groups { groupOfTarget[group.target] = -1 }
        // A role is a label; stated offers say what someone does. When their offers name other
        // things, the role alone ("language teacher" beside "German lessons") is medium evidence.
        var offerAnswers = Set<Int>()
        for hit in hits where hit.evidence.strength == .sameConcept && index.items[Int(hit.item)].field == .offer {
            offerAnswers.insert(hit.target)
        }
        for g in groups.indices where hits[groups[g].best].evidence.strength == .sameConcept {
            let best = hits[groups[g].best]
            let owner = Int(index.items[Int(best.item)].contact)
            guard index.items[Int(best.item)].field == .role, index.offersNameConcepts[owner],
                !offerAnswers.contains(groups[g].target)
            else { continue }
            hits[groups[g].best].confidence *= MatchConfidence.roleBesideOtherOffers
        }
        for g in groups.indices {
            groups[g].tieBreak =
                Double(hits[groups[g].best].evidence.sharedWords) + 0.1 * Double(min(groups[g].others, 5))
        }
        let top = groups.reduce(0.0) { max($0, hits[$1.best].confidence) }
        // Far below the best answer is noise: keep what is at least half as sure.
        let candidates = groups.indices.filter { hits[groups[$0].best].confidence >= top * 0.5 }
        let order = TopSelection.first(limit, of: candidates) { i, j in
            let a = groups[i]
            let b = groups[j]
            let (x, y) = (hits[a.best], hits[b.best])
            if x.confidence != y.confidence { return x.confidence > y.confidence }
            if a.tieBreak != b.tieBreak { return a.tieBreak > b.tieBreak }
            let (kx, ky) = (kind(of: x), kind(of: y))
            if kx != ky { return kx.rank < ky.rank }
            // By name, then id, read in place: many people tie, and each comparison copied two contacts.
            let (p, q) = (contacts[a.target].name, contacts[b.target].name)
            if p != q { return p < q }
            return contacts[a.target].id < contacts[b.target].id
        }
        var hitsOf: [Int: [Int]] = [:]
        if detailed {
            for g in order { hitsOf[groups[g].target] = [] }
            for (h, hit) in hits.enumerated() where hitsOf[hit.target] != nil {
                hitsOf[hit.target, default: []].append(h)
            }
        }
        let matches = order.map { g in
            match(
                groups[g], others: hitsOf[groups[g].target] ?? [], hits: hits, wording: wording, withNote: detailed,
                reasons: reasons)
        }
        let suggestions = matches.isEmpty && detailed ? suggester.suggestions(for: query, analyzer: analyzer) : []
        return WhoAnswer(query: query, matches: matches, suggestions: suggestions)
    }

    /// The first question with details (`kith who` asks one and exits) reads only the texts
    /// that could answer it (`FirstQuestionTexts`); any other builds the whole index once and
    /// keeps it (the shell, today's rules). Answers are the same either way.
    private func prepareIndex(for asked: TextReading, detailed: Bool) {
        guard !indexIsComplete else { return }
        if detailed && !askedBefore {
            let texts = FirstQuestionTexts(of: asked, catalogue: catalogue, analyzer: analyzer)
            index = ConceptIndex(contacts: contacts, catalogue: catalogue, analyzer: analyzer, include: texts.mayAnswer)
        } else {
            index = ConceptIndex(contacts: contacts, catalogue: catalogue, analyzer: analyzer)
            indexIsComplete = true
        }
        askedBefore = true
        seen = Array(repeating: false, count: index.items.count)
    }

    /// Forgets the texts read, as before the first question (for tests of that question).
    func forgetTexts() {
        (indexIsComplete, askedBefore) = (false, false)
        index = ConceptIndex(contacts: [], catalogue: catalogue, analyzer: analyzer)
    }

}
