/// Proposes terms kith knows that are close to a query that matched nobody: same stem,
/// a small edit distance (typos), or a long shared prefix.
struct TermSuggester {
    private struct Known {
        let folded: [UInt8]
        let display: String
        let terms: [Int32]
        var contacts: Int
    }

    private var known: [Known] = []
    private let fallback: [String]

    init(contacts: [Contact], knowledge: KnowledgeBase, analyzer: TermAnalyzer) {
        var position: [String: Int] = [:]
        var list: [Known] = []
        func add(_ text: String, contact: Int?, lastSeen: inout [Int: Int]) {
            for raw in WordFolding.words(text) {
                let word = analyzer.word(raw)
                guard !word.isStopWord, word.folded.utf8.count >= 3 else { continue }
                let k: Int
                if let p = position[word.folded] {
                    k = p
                } else {
                    k = list.count
                    position[word.folded] = k
                    list.append(
                        Known(
                            folded: Array(word.folded.utf8), display: raw.lowercased(),
                            terms: word.terms, contacts: 0))
                }
                if let contact, lastSeen[k] != contact {
                    lastSeen[k] = contact
                    list[k].contacts += 1
                }
            }
        }
        var lastSeen: [Int: Int] = [:]
        for (i, c) in contacts.enumerated() {
            for text in c.offers.map(\.text) + [c.role, c.company].compactMap({ $0 }) + c.tags
                + c.knows.map(\.text) + c.needs.filter(\.isOpen).map(\.text)
            {
                add(text, contact: i, lastSeen: &lastSeen)
            }
        }
        for entry in knowledge.concepts {
            for text in entry.phrases { add(text, contact: nil, lastSeen: &lastSeen) }
        }
        for group in knowledge.synonymGroups {
            for text in group { add(text, contact: nil, lastSeen: &lastSeen) }
        }
        known = list
        let common = list.filter { $0.contacts > 0 }
            .sorted { ($0.contacts, $1.display) > ($1.contacts, $0.display) }
            .prefix(5).map(\.display)
        fallback = common.isEmpty ? Array(knowledge.concepts.prefix(5).map(\.name)) : Array(common)
    }

    /// Up to `limit` suggestions for the query's words; never empty when kith knows any term.
    func suggestions(for query: String, analyzer: TermAnalyzer, limit: Int = 5) -> [String] {
        var scored: [(distance: Double, contacts: Int, display: String)] = []
        let words = analyzer.contentWords(query).filter { $0.folded.utf8.count >= 3 }
        for candidate in known {
            var best = Double.infinity
            for word in words {
                let q = Array(word.folded.utf8)
                if q == candidate.folded { continue }
                if word.terms.contains(where: candidate.terms.contains) {
                    best = min(best, 0.5)
                    continue
                }
                let allowed = q.count <= 4 ? 1 : (q.count <= 8 ? 2 : 3)
                if abs(q.count - candidate.folded.count) <= allowed,
                    let d = Self.editDistance(q, candidate.folded, atMost: allowed)
                {
                    best = min(best, Double(d))
                }
                let prefix = zip(q, candidate.folded).prefix { $0 == $1 }.count
                if prefix >= 4 && prefix * 2 >= min(q.count, candidate.folded.count) {
                    best = min(best, 1.5)
                }
            }
            if best.isFinite { scored.append((best, candidate.contacts, candidate.display)) }
        }
        scored.sort { ($0.distance, -$0.contacts, $0.display) < ($1.distance, -$1.contacts, $1.display) }
        var result: [String] = []
        for s in scored where !result.contains(s.display) {
            result.append(s.display)
            if result.count == limit { break }
        }
        return result.isEmpty ? fallback : result
    }

    /// Levenshtein distance, or nil when it exceeds `atMost`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], atMost: Int) -> Int? {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= atMost ? max(a.count, b.count) : nil }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowBest = min(rowBest, current[j])
            }
            if rowBest > atMost { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= atMost ? previous[b.count] : nil
    }
}
