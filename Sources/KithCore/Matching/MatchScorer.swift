/// Scores index items against a query plan with BM25 and picks each item's main evidence.
///
/// Each slot (query word) takes its best value in an item: the BM25 weight of a literal
/// variant match, or an alternative phrase's weight times the mean BM25 of its words, when the
/// item contains all of them. An item's score is the sum over slots, times a coordination factor
/// (items covering more of the query rank higher) and its field's weight.
struct MatchScorer {
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

    func score(_ plan: QueryPlan, fields: Set<MatchField>) -> [Hit] {
        let slotCount = plan.slots.count
        guard slotCount > 0 else { return [] }
        var rowOf: [Int32: Int] = [:]
        var values: [Double] = []
        var sources: [Int32] = []
        var rowItems: [Int32] = []
        func row(_ item: Int32) -> Int {
            if let r = rowOf[item] { return r }
            let r = rowItems.count
            rowOf[item] = r
            rowItems.append(item)
            values.append(contentsOf: repeatElement(0, count: slotCount))
            sources.append(contentsOf: repeatElement(-1, count: slotCount))
            return r
        }
        func allowed(_ item: Int32) -> Bool { fields.contains(index.items[Int(item)].field) }

        for (s, slot) in plan.slots.enumerated() {
            for term in slot.terms {
                for posting in index.postings(of: term) where allowed(posting.item) {
                    let value = index.bm25(term, count: posting.count, item: posting.item)
                    let k = row(posting.item) * slotCount + s
                    if value > values[k] { values[k] = value; sources[k] = -1 }
                }
            }
        }
        for (a, alternative) in plan.alternatives.enumerated() {
            let concepts = alternative.phrase.concepts
            guard let first = concepts.first else { continue }
            var seen = Set<Int32>()
            for term in first {
                for posting in index.postings(of: term) where allowed(posting.item) && !seen.contains(posting.item) {
                    seen.insert(posting.item)
                    guard let sum = phraseWeight(concepts, in: posting.item) else { continue }
                    let value = alternative.weight * sum / Double(concepts.count)
                    let r = row(posting.item)
                    for s in alternative.slots {
                        let k = r * slotCount + s
                        if value > values[k] { values[k] = value; sources[k] = Int32(a) }
                    }
                }
            }
        }

        var hits: [Hit] = []
        hits.reserveCapacity(rowItems.count)
        for (r, item) in rowItems.enumerated() {
            var total = 0.0, covered = 0
            var bySource: [Int32: Double] = [:]
            for s in 0..<slotCount {
                let v = values[r * slotCount + s]
                guard v > 0 else { continue }
                total += v
                covered += 1
                bySource[sources[r * slotCount + s], default: 0] += v
            }
            guard total > 0 else { continue }
            let coordination = 0.5 + 0.5 * Double(covered) / Double(slotCount)
            let field = index.items[Int(item)].field
            let main = bySource.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? -1
            hits.append(Hit(item: item, score: total * coordination * Self.weight(of: field),
                            alternative: main < 0 ? nil : Int(main)))
        }
        return hits
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
