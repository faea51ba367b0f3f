import Foundation

/// Where a piece of a contact's text comes from; each has its own weight in ranking.
enum MatchField: Int, CaseIterable {
    case offer, role, company, tag, knows, note, need
}

/// The inverted index over every contact's texts: term → the items (one offer, one note, the
/// role…) that contain it, with counts, lengths and network-wide document frequencies.
struct InvertedIndex {
    /// One indexed piece of text.
    struct Item {
        let contact: Int32
        let field: MatchField
        /// Position in the contact's list for that field (0 for role and company).
        let position: Int32
        /// Number of content words.
        let length: Float
        /// BM25's length normalisation, `k1 * (1 - b + b * length / average length of the field)`.
        var norm: Float = 1
        /// Slice of `itemTerms` holding this item's (term, count) pairs, sorted by term.
        let termStart: Int32
        let termCount: Int32
    }

    struct Posting {
        let item: Int32
        let count: Float
    }

    private(set) var items: [Item] = []
    private(set) var itemTerms: [(term: Int32, count: Float)] = []
    /// Each term's postings, grouped by field (in `MatchField` order), items in order within a field.
    private(set) var postings: [[Posting]] = []
    /// Where each field's postings start in a term's list: `fieldStarts[term * fieldCount + field]`,
    /// with one more entry per term for the end.
    private(set) var fieldStarts: [Int32] = []
    static let fieldCount = MatchField.allCases.count
    /// Number of contacts whose texts contain each term.
    private(set) var documentFrequency: [Int32] = []
    private(set) var averageLength: [Float] = Array(repeating: 1, count: MatchField.allCases.count)
    /// BM25 inverse document frequency of each term, over the contacts of the network.
    private(set) var idf: [Double] = []
    let contactCount: Int
    static let k1: Float = 1.2
    static let b: Float = 0.5

    init(contacts: [Contact], analyzer: TermAnalyzer) {
        contactCount = contacts.count
        var lastContact: [Int32] = []
        var totalLength = Array(repeating: Float(0), count: MatchField.allCases.count)
        var itemCount = Array(repeating: Float(0), count: MatchField.allCases.count)
        var scratch: [Int32] = []
        for (contactIndex, contact) in contacts.enumerated() {
            let c = Int32(contactIndex)
            func add(_ text: String, _ field: MatchField, _ position: Int) {
                scratch.removeAll(keepingCapacity: true)
                let words = analyzer.contentWords(text)
                guard !words.isEmpty else { return }
                for word in words { scratch.append(contentsOf: word.terms) }
                scratch.sort()
                let itemID = Int32(items.count)
                let start = Int32(itemTerms.count)
                var k = 0
                while k < scratch.count {
                    let term = scratch[k]
                    var run = 1
                    while k + run < scratch.count && scratch[k + run] == term { run += 1 }
                    itemTerms.append((term, Float(run)))
                    let t = Int(term)
                    while postings.count <= t {
                        postings.append([])
                        documentFrequency.append(0)
                        lastContact.append(-1)
                    }
                    postings[t].append(Posting(item: itemID, count: Float(run)))
                    if lastContact[t] != c {
                        lastContact[t] = c
                        documentFrequency[t] += 1
                    }
                    k += run
                }
                items.append(Item(contact: c, field: field, position: Int32(position),
                                  length: Float(words.count), termStart: start,
                                  termCount: Int32(itemTerms.count) - start))
                totalLength[field.rawValue] += Float(words.count)
                itemCount[field.rawValue] += 1
            }
            for (i, offer) in contact.offers.enumerated() { add(offer.text, .offer, i) }
            if let role = contact.role { add(role, .role, 0) }
            if let company = contact.company { add(company, .company, 0) }
            for (i, tag) in contact.tags.enumerated() { add(tag, .tag, i) }
            for (i, known) in contact.knows.enumerated() { add(known.text, .knows, i) }
            for (i, note) in contact.notes.enumerated() { add(note.text, .note, i) }
            for (i, need) in contact.needs.enumerated() where need.isOpen { add(need.text, .need, i) }
        }
        for field in MatchField.allCases where itemCount[field.rawValue] > 0 {
            averageLength[field.rawValue] = totalLength[field.rawValue] / itemCount[field.rawValue]
        }
        for i in items.indices {
            let average = averageLength[items[i].field.rawValue]
            items[i].norm = Self.k1 * (1 - Self.b + Self.b * items[i].length / max(average, 1))
        }
        // Group each term's postings by field, so a query skips the fields it does not search.
        fieldStarts = Array(repeating: 0, count: postings.count * (Self.fieldCount + 1))
        for t in postings.indices {
            var byField = Array(repeating: [Posting](), count: Self.fieldCount)
            for posting in postings[t] { byField[items[Int(posting.item)].field.rawValue].append(posting) }
            var offset: Int32 = 0
            for f in 0..<Self.fieldCount {
                fieldStarts[t * (Self.fieldCount + 1) + f] = offset
                offset += Int32(byField[f].count)
            }
            fieldStarts[t * (Self.fieldCount + 1) + Self.fieldCount] = offset
            postings[t] = byField.flatMap { $0 }
        }
        let n = Double(contactCount)
        idf = documentFrequency.map { df in log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
    }

    /// How many postings `term` has in the fields `allowed` marks.
    func postingCount(of term: Int32, in allowed: [Bool]) -> Int {
        let t = Int(term)
        guard t < postings.count else { return 0 }
        let base = t * (Self.fieldCount + 1)
        var n = 0
        for f in 0..<Self.fieldCount where allowed[f] { n += Int(fieldStarts[base + f + 1] - fieldStarts[base + f]) }
        return n
    }

    /// Calls `body` with each posting of `term` in a field `allowed` marks (indexed by raw value).
    @inline(__always)
    func forEachPosting(of term: Int32, in allowed: [Bool], _ body: (Posting) -> Void) {
        let t = Int(term)
        guard t < postings.count else { return }
        let list = postings[t]
        let base = t * (Self.fieldCount + 1)
        var f = 0
        while f < Self.fieldCount {
            if allowed[f] {
                // Run over consecutive allowed fields in one go.
                var end = f + 1
                while end < Self.fieldCount && allowed[end] { end += 1 }
                for i in Int(fieldStarts[base + f])..<Int(fieldStarts[base + end]) { body(list[i]) }
                f = end
            } else {
                f += 1
            }
        }
    }

    /// How often `term` occurs in `item`, 0 when it does not.
    func count(of term: Int32, in item: Int32) -> Float {
        let entry = items[Int(item)]
        var low = Int(entry.termStart)
        var high = low + Int(entry.termCount) - 1
        while low <= high {
            let mid = (low + high) / 2
            let t = itemTerms[mid].term
            if t == term { return itemTerms[mid].count }
            if t < term { low = mid + 1 } else { high = mid - 1 }
        }
        return 0
    }

    /// BM25 weight of a term with `count` occurrences in `item`: saturating in the count and
    /// normalised by the item's length against its field's average. The term must be indexed.
    func bm25(_ term: Int32, count: Float, item: Int32) -> Double {
        let norm = items[Int(item)].norm
        return idf[Int(term)] * Double(count * (Self.k1 + 1) / (count + norm))
    }
}
