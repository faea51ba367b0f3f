/// Finds contacts who can solve a need; the rules engine asks it instead of scanning all pairs.
///
/// The command-line layer plugs in the full "who can help with X" index through this protocol;
/// `TokenOverlapFinder` is a small stand-in that works on its own.
package protocol NeedSolverFinding {
    /// Contacts who can help with `need`, best first, leaving out `excluding`.
    func solvers(for need: String, excluding: ContactID?) -> [SolverHit]

    /// The position of a contact in the network the finder was built from, when it knows.
    func position(of id: ContactID) -> Int?
}

extension NeedSolverFinding {
    public func position(of id: ContactID) -> Int? { nil }
}

/// One contact who may help with a need, and why.
package struct SolverHit: Hashable, Sendable {
    /// How the contact relates to the need.
    public enum Kind: String, Hashable, Sendable {
        /// The contact says they solve it (their offers match).
        case solves
        /// The contact works in a nearby field (role, company or tags match) and may know someone.
        case nearbyField
    }

    public var contactID: ContactID
    /// What matched, in words: "offers 'tax advice'", "works as 'accountant'".
    public var reason: String
    /// Higher is better; only compared between hits for the same need.
    public var score: Double
    public var kind: Kind
    /// How sure the finder is that the contact answers the need, 0…1 on a fixed scale: the same
    /// concept strong, shared head words medium, context only weak. Rules compare it with
    /// their `minConfidence`.
    public var confidence: Double
    /// What the confidence rests on, when the finder says.
    public var strength: MatchStrength?
    /// The names of the concepts that joined the need and the contact.
    public var concepts: [String]
    /// The contact's position in the network the finder was built from, when the finder knows
    /// it (saves a lookup by id; checked against `contactID` before use).
    package var contactPosition: Int?

    /// Without a `confidence`, the score stands for it (clamped to 0…1).
    public init(
        contactID: ContactID, reason: String, score: Double, kind: Kind = .solves, contactPosition: Int? = nil,
        confidence: Double? = nil, strength: MatchStrength? = nil, concepts: [String] = []
    ) {
        self.contactID = contactID
        self.reason = reason
        self.score = score
        self.kind = kind
        self.contactPosition = contactPosition
        self.confidence = confidence ?? (score.isFinite ? min(max(score, 0), 1) : 0)
        self.strength = strength
        self.concepts = concepts
    }
}
