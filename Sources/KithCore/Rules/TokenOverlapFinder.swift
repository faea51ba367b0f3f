/// A simple `NeedSolverFinding`: folded word overlap between a need and each contact's offers
/// (a `solves` hit) or role, company and tags (a `nearbyField` hit).
///
/// Built once per network; each question looks up only the contacts sharing a word with it.
/// Shared words are medium evidence at best: its confidence stays between 0.45 and 0.65 for
/// offers (all of the need's words found), 0.4 to 0.6 for the nearby field.
package struct TokenOverlapFinder: NeedSolverFinding, Sendable {
    private struct Posting: Hashable, Sendable {
        let contact: Int
        let source: String
        let solves: Bool
    }

    private let ids: [ContactID]
    private let index: [String: [Posting]]

    /// Reasons read in `wording`'s language.
    public init(network: Network, wording: MatchWording = .english) {
        var index: [String: [Posting]] = [:]
        for (position, contact) in network.contacts.enumerated() {
            for offer in contact.offers {
                for token in Set(TokenOverlapFinder.tokens(offer.text)) {
                    index[token, default: []].append(
                        Posting(contact: position, source: wording(.offersQuoted, ["text": offer.text]), solves: true))
                }
            }
            var fields: [(String, String)] = []
            if let role = contact.role { fields.append((wording(.worksAs, ["text": role]), role)) }
            if let company = contact.company { fields.append((wording(.worksAt, ["text": company]), company)) }
            for tag in contact.tags { fields.append((wording(.taggedAs, ["text": tag]), tag)) }
            for (source, text) in fields {
                for token in Set(TokenOverlapFinder.tokens(text)) {
                    index[token, default: []].append(Posting(contact: position, source: source, solves: false))
                }
            }
        }
        self.ids = network.contacts.map(\.id)
        self.index = index
    }

    package func solvers(for need: String, excluding: ContactID?) -> [SolverHit] {
        let words = Set(TokenOverlapFinder.tokens(need))
        guard !words.isEmpty else { return [] }
        var matched: [Int: (solves: Set<String>, nearby: Set<String>, reason: String, nearbyReason: String)] = [:]
        for word in words {
            for posting in index[word] ?? [] {
                var entry = matched[posting.contact] ?? ([], [], "", "")
                if posting.solves {
                    if entry.solves.isEmpty { entry.reason = posting.source }
                    entry.solves.insert(word)
                } else {
                    if entry.nearby.isEmpty { entry.nearbyReason = posting.source }
                    entry.nearby.insert(word)
                }
                matched[posting.contact] = entry
            }
        }
        var hits: [SolverHit] = []
        for (position, entry) in matched where ids[position] != excluding {
            if !entry.solves.isEmpty {
                let share = Double(entry.solves.count) / Double(words.count)
                hits.append(
                    SolverHit(
                        contactID: ids[position], reason: entry.reason, score: share, kind: .solves,
                        contactPosition: position, confidence: 0.45 + 0.2 * share, strength: .sharedWords))
            } else {
                let share = Double(entry.nearby.count) / Double(words.count)
                hits.append(
                    SolverHit(
                        contactID: ids[position], reason: entry.nearbyReason, score: share / 2,
                        kind: .nearbyField, contactPosition: position,
                        confidence: 0.4 + 0.2 * share, strength: .relatedConcept))
            }
        }
        return hits.sorted { ($0.score, $1.contactID) > ($1.score, $0.contactID) }
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "who", "someone", "somebody", "need", "needs", "help", "looking",
        "find", "good", "new", "our", "their", "into", "from", "about", "some", "can", "get",
    ]

    /// Folded words of three letters or more, without stop words, with a plural "s" dropped.
    static func tokens(_ text: String) -> [String] {
        TextFolding.fold(text)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .compactMap { part -> String? in
                var word = String(part)
                if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
                return word.count >= 3 && !stopWords.contains(word) ? word : nil
            }
    }
}
