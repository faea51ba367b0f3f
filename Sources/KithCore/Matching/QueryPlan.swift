/// A query turned into scoring work: the query's own words ("slots") and the alternative
/// phrases that the knowledge base and synonym groups offer for some of those words.
///
/// "tengo un dolor de espalda terrible" has slots `dolor`, `espalda`; the back-pain entry fires
/// on its need phrase "dolor de espalda" and adds alternatives such as "physiotherapist" and
/// "fisioterapeuta" that stand for both slots.
struct QueryPlan {
    struct Slot {
        let surface: String
        let terms: [Int32]
    }

    /// A phrase that may stand in for some slots, with its weight against a literal match.
    struct Alternative {
        let phrase: KnownPhrase
        let slots: [Int]
        let weight: Double
        /// True when the link comes from the knowledge base (need ↔ solver), not a restatement.
        let isKnowledge: Bool
        /// How the link reads in a reason: "helps with back pain".
        let note: KnowledgeNote?
    }

    let slots: [Slot]
    let alternatives: [Alternative]

    init(query: String, direction: WhoDirection, analyzer: TermAnalyzer, knowledge: AnalysedKnowledge) {
        let words = analyzer.contentWords(query)
        var kept = words.filter { !StopWords.queryFillers.contains($0.folded) }
        if kept.isEmpty { kept = words }
        var slots: [Slot] = []
        for word in kept where !slots.contains(where: { $0.terms == word.terms }) {
            slots.append(Slot(surface: word.folded, terms: word.terms))
        }
        self.slots = slots

        func covered(_ phrase: KnownPhrase) -> [Int]? {
            var result: [Int] = []
            for concept in phrase.concepts {
                guard let slot = slots.firstIndex(where: { s in s.terms.contains(where: concept.contains) }) else {
                    return nil
                }
                if !result.contains(slot) { result.append(slot) }
            }
            return result
        }
        func union(_ fired: [(KnownPhrase, [Int])]) -> [Int] {
            var all: [Int] = []
            for (_, s) in fired { for i in s where !all.contains(i) { all.append(i) } }
            return all.sorted()
        }

        var alternatives: [Alternative] = []
        let queryTerms = slots.flatMap(\.terms)
        for g in AnalysedKnowledge.candidates(queryTerms, in: knowledge.groupsWithTerm) {
            let group = knowledge.synonymGroups[g]
            let fired = group.compactMap { p in covered(p).map { (p, $0) } }
            guard !fired.isEmpty else { continue }
            let slotsCovered = union(fired)
            for phrase in group where !fired.contains(where: { $0.0.text == phrase.text }) {
                alternatives.append(Alternative(phrase: phrase, slots: slotsCovered, weight: 0.9,
                                                isKnowledge: false, note: nil))
            }
        }
        for e in AnalysedKnowledge.candidates(queryTerms, in: knowledge.entriesWithTerm) {
            let entry = knowledge.entries[e]
            let needFired = entry.needs.compactMap { p in covered(p).map { (p, $0) } }
            let solverFired = entry.solvers.compactMap { p in covered(p).map { (p, $0) } }
            guard !needFired.isEmpty || !solverFired.isEmpty else { continue }
            let slotsCovered = union(needFired + solverFired)
            func add(_ phrases: [KnownPhrase], _ weight: Double, _ isKnowledge: Bool, _ kind: KnowledgeNote.Kind?) {
                let note = kind.map { KnowledgeNote(kind: $0, label: entry.label, spanishLabel: entry.spanishLabel, fired: firedName) }
                for phrase in phrases
                where !needFired.contains(where: { $0.0.text == phrase.text })
                    && !solverFired.contains(where: { $0.0.text == phrase.text }) {
                    alternatives.append(Alternative(phrase: phrase, slots: slotsCovered, weight: weight,
                                                    isKnowledge: isKnowledge, note: note))
                }
            }
            let firedName = (solverFired.first?.0.text ?? needFired.first?.0.text) ?? entry.label
            switch (direction, needFired.isEmpty) {
            case (.canHelp, false):
                add(entry.needs, 0.85, false, nil)
                add(entry.solvers, 0.7, true, .helpsWith)
            case (.canHelp, true):
                add(entry.solvers, 0.5, true, .alsoHelpsWith)
                add(entry.needs, 0.6, true, .relatedTo)
            case (.needs, false):
                add(entry.needs, 0.85, false, nil)
            case (.needs, true):
                add(entry.needs, 0.7, true, .somethingHelpsWith)
            }
        }
        self.alternatives = alternatives
    }
}
