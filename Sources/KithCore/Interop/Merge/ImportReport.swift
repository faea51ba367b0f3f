/// What an import did (or, in a dry run, would do) to the network.
public struct ImportReport: Hashable, Sendable {
    /// A person already in the network who got new details.
    public struct Update: Hashable, Sendable {
        /// The name in the network.
        public var name: String
        /// How the imported card was matched to the person ("e-mail jane@acme.com").
        public var matchedBy: String
        /// What was added, one item per change ("phone +1 555 0100", "company Acme").
        public var changes: [String]
    }

    /// A card that was not imported, and why.
    public struct Skip: Hashable, Sendable {
        public var name: String
        public var reason: String
    }

    /// Names of the people added.
    public var added: [String] = []
    public var updated: [Update] = []
    public var skipped: [Skip] = []

    public init() {}
}
