/// The knowledge base's concepts analysed for reading texts: each phrase as a row of words
/// (their stem variants), found through its first word.
///
/// Synonym groups take part as concepts of their own. Phrases made only of generic words are
/// left out: they would carry matches on words such as "help" or "trabajo".
struct ConceptCatalogue {
    struct Phrase {
        let concept: Int32
        /// One list of variant term ids per content word (the English stem first).
        let words: [[Int32]]
        /// Each word's length, folded, in bytes, and whether it ends in "-ing".
        let lengths: [Int]
        let endsInIng: [Bool]
    }

    /// The name of each concept in English and in Spanish, by position.
    let names: [String]
    let spanishNames: [String]
    /// Each concept's related concepts, by position, both ways.
    let related: [[Int32]]
    let phrases: [Phrase]
    /// Phrases by the variant terms of their first word.
    let phrasesByFirstTerm: [Int32: [Int32]]
    /// Phrases of two words by the variant terms of their second word, for phrases written the
    /// other way round ("gotea el grifo" for "el grifo gotea").
    let pairsBySecondTerm: [Int32: [Int32]]
    /// Words that, alone, point to one concept: most of the catalogue's phrases holding them
    /// belong to it ("web" to websites, "mudo" to moving). Read only where no phrase is found.
    /// Keyed by the word's term, then by its written length: a stem two words share counts only
    /// between words of about the same length, as in phrases ("seguro" is insurance, while
    /// "seguridad", with the same stem, is spread over too many concepts to imply one).
    let impliedByTerm: [Int32: [Int: Int32]]

    init(_ knowledge: KnowledgeBase, analyzer: TermAnalyzer) {
        var names: [String] = []
        var spanishNames: [String] = []
        var phraseTexts: [(Int32, String)] = []
        var position: [String: Int32] = [:]
        for concept in knowledge.concepts {
            let c = Int32(names.count)
            position[concept.id] = c
            names.append(concept.name)
            spanishNames.append(concept.spanishName)
            for text in concept.phrases { phraseTexts.append((c, text)) }
        }
        for group in knowledge.synonymGroups {
            let c = Int32(names.count)
            names.append(group[0])
            spanishNames.append(group.last ?? group[0])
            for text in group { phraseTexts.append((c, text)) }
        }
        // Related both ways: heating is next to plumbing when either says so.
        var related =
            knowledge.concepts.map { $0.related.compactMap { position[$0] } }
            + Array(repeating: [Int32](), count: knowledge.synonymGroups.count)
        for (c, list) in related.enumerated() {
            for other in list where other != Int32(c) && !related[Int(other)].contains(Int32(c)) {
                related[Int(other)].append(Int32(c))
            }
        }
        for c in related.indices { related[c].removeAll { $0 == Int32(c) } }
        self.related = related
        var phrases: [Phrase] = []  // the implied words' phrases are added at the end
        var byFirst: [Int32: [Int32]] = [:]
        var bySecond: [Int32: [Int32]] = [:]
        var seen = Set<[Int32]>()
        for (concept, text) in phraseTexts {
            let words = analyzer.contentWords(text)
            guard !words.isEmpty, !words.allSatisfy(\.isGeneric) else { continue }
            let terms = words.map(\.terms)
            // The same phrase in the same concept once (a role written in both languages).
            guard seen.insert([concept] + terms.flatMap { $0 + [-1] }).inserted else { continue }
            let p = Int32(phrases.count)
            phrases.append(
                Phrase(
                    concept: concept, words: terms, lengths: words.map { $0.folded.utf8.count },
                    endsInIng: words.map { $0.folded.hasSuffix("ing") }))
            for term in terms[0] where byFirst[term]?.last != p { byFirst[term, default: []].append(p) }
            if terms.count == 2 {
                for term in terms[1] where bySecond[term]?.last != p { bySecond[term, default: []].append(p) }
            }
        }
        self.names = names
        conceptCount = Int32(knowledge.concepts.count)
        self.spanishNames = spanishNames
        phrasesByFirstTerm = byFirst
        pairsBySecondTerm = bySecond
        // A word implies a concept when at least three of the phrases holding one of its stems,
        // in a word of about its length, belong to that concept, twice as many as to any other
        // ("mudo", "mudanza", "mudarse").
        var occurrences: [Int32: [(concept: Int32, length: Int)]] = [:]
        for p in phrases.indices
        where phrases[p].concept < Int32(knowledge.concepts.count) && phrases[p].words.count > 1 {
            var counted = Set<Int32>()
            for (k, terms) in phrases[p].words.enumerated() {
                for term in terms where counted.insert(term).inserted {
                    occurrences[term, default: []].append((phrases[p].concept, phrases[p].lengths[k]))
                }
            }
        }
        var implied: [Int32: [Int: Int32]] = [:]
        var impliedPhrase: [[Int32]: Int32] = [:]
        for (term, found) in occurrences where analyzer.termTexts[Int(term)].utf8.count >= 3 {
            let lengths = found.map(\.length)
            guard let shortest = lengths.min(), let longest = lengths.max() else { continue }
            for length in max(1, shortest - 2)...(longest + 2) {
                var byConcept: [Int32: Int] = [:]
                for occurrence in found where abs(occurrence.length - length) < 3 {
                    byConcept[occurrence.concept, default: 0] += 1
                }
                guard let (concept, n) = byConcept.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                    n >= 3, byConcept.allSatisfy({ $0.key == concept || $0.value * 2 <= n })
                else { continue }
                let p: Int32
                if let known = impliedPhrase[[term, concept]] {
                    p = known
                } else {
                    p = Int32(phrases.count)
                    phrases.append(Phrase(concept: concept, words: [[term]], lengths: [0], endsInIng: [false]))
                    impliedPhrase[[term, concept]] = p
                }
                implied[term, default: [:]][length] = p
            }
        }
        impliedByTerm = implied
        self.phrases = phrases
    }

    /// Concepts and synonym groups.
    var count: Int { names.count }
    /// The concepts of the knowledge base (positions below it); synonym groups come after.
    let conceptCount: Int32

    /// A concept's name in the wording's language.
    func name(_ concept: Int32, spanish: Bool) -> String {
        spanish ? spanishNames[Int(concept)] : names[Int(concept)]
    }
}
