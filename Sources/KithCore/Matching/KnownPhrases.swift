/// A phrase from the knowledge base or a synonym group, analysed into terms once.
struct KnownPhrase {
    let text: String
    /// One list per content word: that word's variant term ids.
    let concepts: [[Int32]]
}

/// The knowledge base analysed for matching: every entry's need and solver phrases, every
/// synonym group.
struct AnalysedKnowledge {
    struct Entry {
        let label: String
        /// The entry's first Spanish need (its label when it has none).
        let spanishLabel: String
        let needs: [KnownPhrase]
        let solvers: [KnownPhrase]
    }

    let entries: [Entry]
    let synonymGroups: [[KnownPhrase]]
    /// For each term, the entries and synonym groups with a phrase that uses it, in order: a
    /// query only looks at those.
    private(set) var entriesWithTerm: [Int32: [Int]] = [:]
    private(set) var groupsWithTerm: [Int32: [Int]] = [:]

    /// The entries (or groups) that mention any of `terms`, in their original order.
    static func candidates(_ terms: [Int32], in map: [Int32: [Int]]) -> [Int] {
        var found = Set<Int>()
        for term in terms { if let list = map[term] { found.formUnion(list) } }
        return found.sorted()
    }

    init(_ knowledge: KnowledgeBase, analyzer: TermAnalyzer) {
        func phrases(_ texts: [String]) -> [KnownPhrase] {
            texts.compactMap { text in
                let concepts = analyzer.contentWords(text).map(\.terms)
                return concepts.isEmpty ? nil : KnownPhrase(text: text, concepts: concepts)
            }
        }
        entries = knowledge.concepts.map {
            Entry(label: $0.needs.en.first ?? $0.name, spanishLabel: $0.needs.es.first ?? $0.spanishName,
                  needs: phrases($0.needs.all), solvers: phrases($0.roles.all + $0.activities.all))
        }
        synonymGroups = knowledge.synonymGroups.map(phrases).filter { $0.count >= 2 }
        func register(_ phrases: [KnownPhrase], _ position: Int, in map: inout [Int32: [Int]]) {
            for phrase in phrases {
                for concept in phrase.concepts {
                    for term in concept where map[term]?.last != position { map[term, default: []].append(position) }
                }
            }
        }
        for (i, entry) in entries.enumerated() {
            register(entry.needs, i, in: &entriesWithTerm)
            register(entry.solvers, i, in: &entriesWithTerm)
        }
        for (i, group) in synonymGroups.enumerated() { register(group, i, in: &groupsWithTerm) }
    }
}
