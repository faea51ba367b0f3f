/// Scores index items against a query plan with BM25 and picks each item's main evidence.
///
/// Each slot (query word) takes its best value in an item: the BM25 weight of a literal
/// variant match, or an alternative phrase's weight times the mean BM25 of its words, when the
/// item contains all of them. An item's score is the sum over slots, times a coordination factor
/// (items covering more of the query rank higher) and its field's weight.
///
/// Keeps per-item scratch arrays between queries (reset after each), so scoring does no hashing;
/// not thread-safe, owned by one `MatchIndex`.
final class MatchScorer {
    /// One scored item and the evidence that counted most.
    struct Hit {
        let item: Int32
        let score: Double
        /// Index into `plan.alternatives`, or nil when the literal query words counted most.
        let alternative: Int?
    }

    /// Relative weight of each field: offers > role/company/tags > knows > notes.
    static func weight(of field: MatchField) -> Double {
        switch field {
        case .offer: return 1.0
        case .role: return 0.85
        case .tag: return 0.7
        case .company: return 0.6
        case .knows: return 0.5
        case .note: return 0.25
        case .need: return 1.0
        }
    }

    let index: InvertedIndex
    /// Row of each item in the current query's table, -1 when untouched.
    private var rowOfItem: [Int32]
    /// Marks items already tried for the current alternative phrase.
    private var seenMark: [UInt32]
    private var mark: UInt32 = 0

    init(index: InvertedIndex) {
        self.index = index
        rowOfItem = Array(repeating: -1, count: index.items.count)
        seenMark = Array(repeating: 0, count: index.items.count)
    }

    func score(_ plan: QueryPlan, fields: Set<MatchField>) -> [Hit] {
        let slotCount = plan.slots.count
        guard slotCount > 0 else { return [] }
        var allowedField = Array(repeating: false, count: MatchField.allCases.count)
        for field in fields { allowedField[field.rawValue] = true }
        let items = index.items
        var values: [Double] = []
        var sources: [Int32] = []
        var rowItems: [Int32] = []
        // Work on a local array (handed back at the end): no exclusivity checks in the loops.
        var rowOfItem: [Int32] = []
        swap(&rowOfItem, &self.rowOfItem)
        defer {
            for item in rowItems { rowOfItem[Int(item)] = -1 }
            swap(&rowOfItem, &self.rowOfItem)
        }
        func row(_ item: Int32) -> Int {
            let known = rowOfItem[Int(item)]
            if known >= 0 { return Int(known) }
            let r = rowItems.count
            rowOfItem[Int(item)] = Int32(r)
            rowItems.append(item)
            values.append(contentsOf: repeatElement(0, count: slotCount))
            sources.append(contentsOf: repeatElement(-1, count: slotCount))
            return r
        }

        for (s, slot) in plan.slots.enumerated() {
            for term in slot.terms {
                index.forEachPosting(of: term, in: allowedField) { posting in
                    let value = index.bm25(term, count: posting.count, item: posting.item)
                    let k = row(posting.item) * slotCount + s
                    if value > values[k] { values[k] = value; sources[k] = -1 }
                }
            }
        }
        for (a, alternative) in plan.alternatives.enumerated() {
            let concepts = alternative.phrase.concepts
            if concepts.count == 1 {
                // One word: its weight in an item is its best variant's, straight from the postings.
                for term in concepts[0] {
                    index.forEachPosting(of: term, in: allowedField) { posting in
                        let value = alternative.weight * index.bm25(term, count: posting.count, item: posting.item)
                        let r = row(posting.item)
                        for s in alternative.slots {
                            let k = r * slotCount + s
                            if value > values[k] { values[k] = value; sources[k] = Int32(a) }
                        }
                    }
                }
                continue
            }
            for (item, sum) in phraseItems(concepts, allowedField) {
                let value = alternative.weight * sum / Double(concepts.count)
                let r = row(item)
                for s in alternative.slots {
                    let k = r * slotCount + s
                    if value > values[k] { values[k] = value; sources[k] = Int32(a) }
                }
            }
        }

        var hits: [Hit] = []
        hits.reserveCapacity(rowItems.count)
        var sourceTotals: [(source: Int32, total: Double)] = []
        for (r, item) in rowItems.enumerated() {
            var total = 0.0, covered = 0
            sourceTotals.removeAll(keepingCapacity: true)
            for s in 0..<slotCount {
                let v = values[r * slotCount + s]
                guard v > 0 else { continue }
                total += v
                covered += 1
                let source = sources[r * slotCount + s]
                if let i = sourceTotals.firstIndex(where: { $0.source == source }) {
                    sourceTotals[i].total += v
                } else {
                    sourceTotals.append((source, v))
                }
            }
            guard total > 0 else { continue }
            var main = sourceTotals[0]
            for candidate in sourceTotals.dropFirst()
            where candidate.total > main.total || (candidate.total == main.total && candidate.source < main.source) {
                main = candidate
            }
            let coordination = 0.5 + 0.5 * Double(covered) / Double(slotCount)
            let field = items[Int(item)].field
            hits.append(Hit(item: item, score: total * coordination * Self.weight(of: field),
                            alternative: main.source < 0 ? nil : Int(main.source)))
        }
        return hits
    }

    /// The items (in the allowed fields) holding every word of a phrase of several words, with
    /// the phrase's summed weight in each. Worked out once per phrase and kept: the knowledge
    /// base's phrases come back in many queries.
    private func phraseItems(_ concepts: [[Int32]], _ allowed: [Bool]) -> [(item: Int32, sum: Double)] {
        let key = PhraseKey(concepts: concepts, fields: allowed)
        if let known = phraseCache[key] { return known }
        // Walk the postings of the rarest word and look the others up.
        var found: [(item: Int32, sum: Double)] = []
        if let driver = concepts.min(by: { postingCount($0, in: allowed) < postingCount($1, in: allowed) }) {
            nextMark()
            for term in driver {
                index.forEachPosting(of: term, in: allowed) { posting in
                    guard seenMark[Int(posting.item)] != mark else { return }
                    seenMark[Int(posting.item)] = mark
                    if let sum = phraseWeight(concepts, in: posting.item) { found.append((posting.item, sum)) }
                }
            }
        }
        if phraseCache.count >= Self.phraseCacheCapacity { phraseCache.removeAll(keepingCapacity: true) }
        phraseCache[key] = found
        return found
    }

    private struct PhraseKey: Hashable {
        let concepts: [[Int32]]
        let fields: [Bool]
    }

    private var phraseCache: [PhraseKey: [(item: Int32, sum: Double)]] = [:]
    private static let phraseCacheCapacity = 20_000

    private func postingCount(_ concept: [Int32], in allowed: [Bool]) -> Int {
        concept.reduce(0) { $0 + index.postingCount(of: $1, in: allowed) }
    }

    private func nextMark() {
        if mark == UInt32.max {
            mark = 0
            for i in seenMark.indices { seenMark[i] = 0 }
        }
        mark += 1
    }

    /// The summed BM25 weight of a phrase's words in an item, or nil when a word is missing.
    private func phraseWeight(_ concepts: [[Int32]], in item: Int32) -> Double? {
        var sum = 0.0
        for concept in concepts {
            var best = 0.0
            for term in concept {
                let count = index.count(of: term, in: item)
                if count > 0 { best = max(best, index.bm25(term, count: count, item: item)) }
            }
            guard best > 0 else { return nil }
            sum += best
        }
        return sum
    }
}
