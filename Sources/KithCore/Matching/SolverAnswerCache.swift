import Foundation

/// Solver answers kept on disk between runs, so a fresh `kith today` on a network whose
/// searchable text has not changed does not build the matching index and ask it once per open
/// need again.
///
/// Derived data, never the source of truth: it is valid only for the fingerprint it was
/// computed from (every contact's searchable text, the knowledge base and the answer format).
/// A missing, damaged or outdated file is ignored and rebuilt; it holds nothing the store does
/// not. Text format, one record per line, fields separated by tabs (escaped as `\t`, `\n`,
/// `\r`, `\\`):
///
///     kith-solver-answers <version> <fingerprint in hex>
///     N <need>
///     H <s|n> <contact position> <score bits in hex> <contact id> <reason> <confidence bits in hex> <strength or -> <concept>…
///     E <FNV-1a hash of every byte before this line, in hex>
package final class SolverAnswerCache {
    /// Bump when the matching index or the finder answers differently for the same input.
    package static let version = 3
    static let magic = "kith-solver-answers"

    package let fingerprint: UInt64
    private(set) var answers: [String: [SolverHit]]
    /// True when answers were added since the cache was read.
    package private(set) var changed = false

    package init(fingerprint: UInt64, answers: [String: [SolverHit]] = [:]) {
        self.fingerprint = fingerprint
        self.answers = answers
    }

    package var count: Int { answers.count }

    func answer(for need: String) -> [SolverHit]? { answers[need] }

    func store(_ hits: [SolverHit], for need: String) {
        answers[need] = hits
        changed = true
    }

    /// Call once the answers are on disk.
    package func markSaved() { changed = false }

    // MARK: - Fingerprint

    /// A 64-bit hash of everything the answers depend on: the version, the language of the
    /// reasons, the knowledge base, and
    /// each contact's id, name, offers, role, company, tags, acquaintances, notes and needs
    /// (with whether each is still open), in order.
    package static func fingerprint(network: Network, knowledge: KnowledgeBase, language: String = "en") -> UInt64 {
        var hash = ActionID.offsetBasis
        func feed(_ text: String) {
            ActionID.feed(&hash, text)
            ActionID.feed(&hash, "\u{1F}")
        }
        feed("v\(version)")
        feed("language \(language)")
        feed("concepts \(knowledge.concepts.count)")
        for concept in knowledge.concepts {
            feed(concept.id)
            for terms in [concept.needs, concept.roles, concept.activities] {
                feed("en \(terms.en.count) es \(terms.es.count)")
                terms.all.forEach(feed)
            }
            feed("related \(concept.related.count)")
            concept.related.forEach(feed)
        }
        feed("groups \(knowledge.synonymGroups.count)")
        for group in knowledge.synonymGroups {
            feed("\(group.count)")
            group.forEach(feed)
        }
        feed("contacts \(network.contacts.count)")
        // Each list's length goes in first, so text cannot move from one field to another unseen.
        for contact in network.contacts {
            feed(contact.id)
            feed(contact.name)
            feed("o\(contact.offers.count)")
            for offer in contact.offers { feed(offer.text) }
            feed(contact.role.map { "r" + $0 } ?? "-")
            feed(contact.company.map { "c" + $0 } ?? "-")
            feed("t\(contact.tags.count)")
            for tag in contact.tags { feed(tag) }
            feed("k\(contact.knows.count)")
            for known in contact.knows {
                feed(known.text)
                feed(known.contactID ?? "-")
            }
            feed("n\(contact.notes.count)")
            for note in contact.notes { feed(note.text) }
            feed("d\(contact.needs.count)")
            for need in contact.needs {
                feed(need.isOpen ? "o" : "x")
                feed(need.text)
            }
            feed("\u{1E}")
        }
        return hash
    }

    // MARK: - File

    /// The cache in `data`, or an empty cache when the data is not a valid cache for
    /// `fingerprint` (missing, damaged, another version or another network).
    package static func read(_ data: Data?, fingerprint: UInt64) -> SolverAnswerCache {
        let empty = SolverAnswerCache(fingerprint: fingerprint)
        guard let data, data.last == 0x0A else { return empty }  // a complete file ends with a newline
        let header = Array("\(magic) \(version) \(String(fingerprint, radix: 16))\n".utf8)
        let answers: [String: [SolverHit]]? = data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            guard all.count >= header.count, all.prefix(header.count).elementsEqual(header) else { return nil }
            // The last line checks every byte before it: a damaged file is dropped, not half-used.
            guard let footer = all.dropLast().lastIndex(of: 0x0A).map({ $0 + 1 }),
                all[footer] == UInt8(ascii: "E"), all[footer + 1] == 0x09,
                let expected = UInt64(
                    String(decoding: UnsafeBufferPointer(rebasing: all[(footer + 2)..<(all.count - 1)]), as: UTF8.self),
                    radix: 16),
                Self.checksum(UnsafeBufferPointer(rebasing: all[..<footer])) == expected
            else { return nil }
            let bytes = UnsafeBufferPointer(rebasing: all[..<footer])
            var answers: [String: [SolverHit]] = [:]
            // The same reason and the same concepts come back in many answers: one copy each.
            var texts: [String: String] = [:]
            var conceptLists: [[String]: [String]] = [:]
            func one(_ text: String) -> String {
                if let kept = texts[text] { return kept }
                texts[text] = text
                return text
            }
            var need: String?
            var hits: [SolverHit] = []
            var start = header.count
            while start < bytes.count {
                var end = start
                while bytes[end] != 0x0A { end += 1 }
                // Split the line at tabs.
                var fields: [Range<Int>] = []
                var fieldStart = start
                for i in start..<end where bytes[i] == 0x09 {
                    fields.append(fieldStart..<i)
                    fieldStart = i + 1
                }
                fields.append(fieldStart..<end)
                func text(_ k: Int) -> String? { unescape(UnsafeBufferPointer(rebasing: bytes[fields[k]])) }
                func plain(_ k: Int) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[k]]), as: UTF8.self)
                }
                switch (fields[0].count == 1 ? bytes[fields[0].lowerBound] : 0, fields.count) {
                case (UInt8(ascii: "N"), 2):
                    guard let next = text(1) else { return nil }
                    if let need { answers[need] = hits }
                    need = next
                    hits = []
                case (UInt8(ascii: "H"), 8...):
                    guard need != nil, let kind = SolverHit.Kind(code: Substring(plain(1))),
                        let position = Int(plain(2)),
                        let bits = UInt64(plain(3), radix: 16), let id = text(4), let reason = text(5),
                        let confidenceBits = UInt64(plain(6), radix: 16)
                    else { return nil }
                    // Finder scores and confidences are on a 0…1 scale: anything else is not ours.
                    let score = Double(bitPattern: bits)
                    let confidence = Double(bitPattern: confidenceBits)
                    guard score.isFinite, score >= 0, score <= 1, confidence.isFinite, confidence >= 0, confidence <= 1
                    else { return nil }
                    let strengthText = plain(7)
                    let strength = MatchStrength(rawValue: strengthText)
                    guard strength != nil || strengthText == "-" else { return nil }
                    var concepts: [String] = []
                    for k in 8..<fields.count {
                        guard let concept = text(k) else { return nil }
                        concepts.append(one(concept))
                    }
                    if let kept = conceptLists[concepts] {
                        concepts = kept
                    } else {
                        conceptLists[concepts] = concepts
                    }
                    hits.append(
                        SolverHit(
                            contactID: id, reason: one(reason), score: score, kind: kind,
                            contactPosition: position >= 0 ? position : nil, confidence: confidence,
                            strength: strength, concepts: concepts))
                default:
                    return nil
                }
                start = end + 1
            }
            if let need { answers[need] = hits }
            return answers
        }
        return answers.map { SolverAnswerCache(fingerprint: fingerprint, answers: $0) } ?? empty
    }

    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = ActionID.offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* ActionID.prime
        }
        return hash
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// The text of an escaped field; nil for invalid UTF-8 or a bad escape.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(validating: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaping = false
        for byte in bytes {
            if escaping {
                switch byte {
                case UInt8(ascii: "\\"): out.append(byte)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                default: return nil
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return escaping ? nil : out.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
    }
}

extension SolverHit.Kind {
    var code: String { self == .solves ? "s" : "n" }

    init?(code: Substring) {
        switch code {
        case "s": self = .solves
        case "n": self = .nearbyField
        default: return nil
        }
    }
}
