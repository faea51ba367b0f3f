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
        let needs: [KnownPhrase]
        let solvers: [KnownPhrase]
    }

    let entries: [Entry]
    let synonymGroups: [[KnownPhrase]]

    init(_ knowledge: KnowledgeBase, analyzer: TermAnalyzer) {
        func phrases(_ texts: [String]) -> [KnownPhrase] {
            texts.compactMap { text in
                let concepts = analyzer.contentWords(text).map(\.terms)
                return concepts.isEmpty ? nil : KnownPhrase(text: text, concepts: concepts)
            }
        }
        entries = knowledge.entries.map {
            Entry(label: $0.label, needs: phrases($0.need.all), solvers: phrases($0.solvers.all))
        }
        synonymGroups = knowledge.synonymGroups.map(phrases).filter { $0.count >= 2 }
    }
}
