/// Finds contacts who can solve a need; the rules engine asks it instead of scanning all pairs.
///
/// The command-line layer plugs in the full "who can help with X" index through this protocol;
/// `TokenOverlapFinder` is a small stand-in that works on its own.
public protocol NeedSolverFinding {
    /// Contacts who can help with `need`, best first, leaving out `excluding`.
    func solvers(for need: String, excluding: ContactID?) -> [SolverHit]
}

/// One contact who may help with a need, and why.
public struct SolverHit: Hashable, Sendable {
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

    public init(contactID: ContactID, reason: String, score: Double, kind: Kind = .solves) {
        self.contactID = contactID
        self.reason = reason
        self.score = score
        self.kind = kind
    }
}
