/// How strongly one text answers another, on an absolute scale, and why.
package enum MatchStrength: String, Sendable, Codable, Comparable {
    /// Only context words or concepts are shared (a website the photographer is wanted for).
    case contextOnly
    /// What one needs is next to what the other does (heating and plumbing).
    case relatedConcept
    /// Both name what must be solved with the same words, without a known concept.
    case sharedWords
    /// The need and the offer express the same concept: bookkeeping ↔ contabilidad para pymes.
    case sameConcept

    package static func < (a: MatchStrength, b: MatchStrength) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .contextOnly: return 0
        case .relatedConcept: return 1
        case .sharedWords: return 2
        case .sameConcept: return 3
        }
    }
}

/// The evidence that joins an asked text (a need, a query) to one item of a contact.
struct MatchEvidence {
    var confidence: Double
    var strength: MatchStrength
    /// The concepts shared (same concept) or linked (related), by catalogue position.
    var concepts: [Int32]
    /// How many words of the asked head the item shares: a tie-break within one strength.
    var sharedWords: Int
}

/// The confidence scale: what each kind of evidence is worth before the field's weight.
///
/// Same concept in both heads is strong (0.9); the asked head's own words all found in the
/// item's head are medium (0.45 to 0.65 as more of them are found); a related concept 0.45;
/// words or concepts met only in context are weak (0.2 to 0.35). Generic words never count.
enum MatchConfidence {
    static let sameConcept = 0.9
    /// The same concept, but not the one the asked text is about ("sales" in "hiring a first
    /// sales person"): below an introduction's threshold.
    static let secondaryConcept = 0.55
    static let related = 0.45
    static let sharedWordsBase = 0.45
    static let sharedWordsSpan = 0.2
    static let askedHeadInItemContext = 0.35
    static let askedContextInItemHead = 0.3
    static let contextOnly = 0.2
    /// The factor for a role matched while the person's offers name other things.
    static let roleBesideOtherOffers = 0.65

    /// How much a field's evidence counts: what people say they offer most, notes least.
    static func weight(of field: MatchField) -> Double {
        switch field {
        case .offer, .role, .need: return 1.0
        case .tag: return 0.9
        case .company: return 0.85
        case .knows: return 0.8
        case .note: return 0.7
        }
    }

    /// The evidence between `asked` and an item, or nil when they share nothing that counts.
    static func evidence(_ asked: TextReading, _ item: ConceptIndex.ItemMarks, catalogue: ConceptCatalogue)
        -> MatchEvidence?
    {
        var best: MatchEvidence?
        func consider(_ confidence: Double, _ strength: MatchStrength, _ concepts: [Int32], _ shared: Int = 0) {
            if best == nil || confidence > best!.confidence {
                best = MatchEvidence(
                    confidence: confidence, strength: strength, concepts: concepts, sharedWords: shared)
            }
        }
        let shared = asked.headConcepts.filter(item.hasHeadConcept)
        if !shared.isEmpty {
            let words = (asked.headTerms + asked.headPhraseTerms).filter { item.headWord($0) != .none }.count
            // What the text is above all about counts most; more shared concepts are better, an
            // item specialised in something the asker did not mention ("yoga *for pregnant
            // women*") a little worse.
            var confidence = shared.contains(where: asked.primaryConcepts.contains) ? sameConcept : secondaryConcept
            // The item's own phrase: longer is more specific ("sales training" over "sales"); one
            // that several concepts share ("language teacher") is less decisive.
            let marks = shared.compactMap(item.headConceptMark)
            let span = Int(marks.map(\.span).max() ?? 1)
            let ambiguity = Int(marks.map(\.ambiguity).min() ?? 1)
            confidence += 0.01 * Double(min(span - 1, 3)) - 0.1 * Double(min(ambiguity - 1, 4))
            let alsoShared =
                asked.contextConcepts.filter { item.hasHeadConcept($0) || item.hasContextConcept($0) }.count
                + shared.count - 1
            let unasked = item.contextConcepts.filter {
                !asked.headConcepts.contains($0) && !asked.contextConcepts.contains($0)
            }.count
            confidence += 0.02 * Double(min(alsoShared, 3)) - 0.02 * Double(min(unasked, 3))
            return MatchEvidence(confidence: confidence, strength: .sameConcept, concepts: shared, sharedWords: words)
        }
        // Words of the asked head found in the item's head.
        var found = 0
        var foundFree = 0
        for word in asked.headTerms {
            switch item.headWord(word) {
            case .free:
                found += 1
                foundFree += 1
            case .inPhrase: found += 1
            case .none: break
            }
        }
        if found > 0 {
            let share = Double(found) / Double(max(asked.headTerms.count, 1))
            consider(
                foundFree > 0 ? sharedWordsBase + sharedWordsSpan * share : sharedWordsBase, .sharedWords, [], found)
        }
        var linked: [Int32] = []
        for concept in asked.headConcepts {
            for other in catalogue.related[Int(concept)] where item.hasHeadConcept(other) && !linked.contains(other) {
                linked.append(other)
            }
        }
        let askedContextInHead = asked.contextConcepts.filter(item.hasHeadConcept)
        // A related concept reached through a phrase several concepts share ("accountant") is
        // too loose a link to count.
        let looseness =
            0.1 * Double(min(Int(linked.compactMap(item.headConceptMark).map(\.ambiguity).min() ?? 1) - 1, 3))
        if !linked.isEmpty {
            // Next to what is asked, and exactly what its context says: "legal advice for
            // dismissing an employee" and "employment law advice".
            if !askedContextInHead.isEmpty {
                consider(related + askedContextInItemHead - looseness, .relatedConcept, linked + askedContextInHead)
            } else {
                consider(related - looseness, .relatedConcept, linked)
            }
        }
        if best != nil { return best }
        let inItemContext = asked.headConcepts.filter(item.hasContextConcept)
        if !inItemContext.isEmpty { consider(askedHeadInItemContext, .contextOnly, inItemContext) }
        if !askedContextInHead.isEmpty { consider(askedContextInItemHead, .contextOnly, askedContextInHead) }
        if best != nil { return best }
        let contextConcepts = asked.contextConcepts.filter(item.hasContextConcept)
        if !contextConcepts.isEmpty {
            return MatchEvidence(
                confidence: contextOnly, strength: .contextOnly, concepts: contextConcepts, sharedWords: 0)
        }
        // A word alone: only when it stands free on one side at least; a word inside two
        // different concepts' phrases is two senses ("social security", "security cameras").
        for word in asked.headTerms + asked.contextTerms where item.hasWord(word) {
            return MatchEvidence(confidence: contextOnly, strength: .contextOnly, concepts: [], sharedWords: 0)
        }
        for word in asked.phraseTerms where item.hasFreeWord(word) {
            return MatchEvidence(confidence: contextOnly, strength: .contextOnly, concepts: [], sharedWords: 0)
        }
        return nil
    }
}
