/// Why a person was matched: what kind of evidence links them to the query.
package enum MatchKind: String, Sendable, Codable {
    /// One of their stated offers, their role, company or tags says it.
    case offer
    /// The knowledge base links what they do to the need (a chiropractor helps with back pain).
    case knowledge
    /// Someone they know can help; ask them for an introduction.
    case secondDegree
    /// The user's own notes about them mention it.
    case notes
    /// One of their open needs matches (reverse query).
    case need
}

/// One person who matches a "who" query, with the reason in plain words.
///
/// For second-degree matches `via` and `viaContactID` name the intermediary (the contact whose
/// `knows` list matched: the person to ask for an introduction). `contactID` is then the linked
/// contact when the acquaintance is in the store, else the intermediary themselves.
package struct WhoMatch: Hashable, Sendable {
    package let contactID: ContactID
    package let name: String
    /// Higher is better; only comparable within one answer.
    package let score: Double
    /// How sure kith is that this person answers the question, 0…1, on the same scale for every
    /// question: same concept strong (about 0.9 for an offer), shared head words medium, context
    /// only weak; lower for second degree and notes.
    package let confidence: Double
    /// What kind of evidence the confidence rests on.
    package let strength: MatchStrength
    /// The names of the concepts that joined the question and the person.
    package let concepts: [String]
    /// A short English phrase quoting the user's own text, e.g. `offers: installs security cameras`.
    package let reason: String
    package let via: String?
    package let viaContactID: ContactID?
    package let kind: MatchKind
    /// Up to two further reasons the same person matched, weaker than `reason`.
    package let otherReasons: [String]

    package init(
        contactID: ContactID, name: String, score: Double, reason: String, via: String? = nil,
        viaContactID: ContactID? = nil, kind: MatchKind, otherReasons: [String] = [],
        confidence: Double = 0, strength: MatchStrength = .contextOnly, concepts: [String] = []
    ) {
        self.contactID = contactID
        self.name = name
        self.score = score
        self.reason = reason
        self.via = via
        self.viaContactID = viaContactID
        self.kind = kind
        self.otherReasons = otherReasons
        self.confidence = confidence
        self.strength = strength
        self.concepts = concepts
    }
}

/// The answer to a "who" query: ranked matches (best first), or suggestions when none match.
package struct WhoAnswer: Sendable {
    package let query: String
    package let matches: [WhoMatch]
    /// Close terms kith knows; filled when `matches` is empty, never both empty.
    package let suggestions: [String]

    package init(query: String, matches: [WhoMatch], suggestions: [String]) {
        self.query = query
        self.matches = matches
        self.suggestions = suggestions
    }
}
