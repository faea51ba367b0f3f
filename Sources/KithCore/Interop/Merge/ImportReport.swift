/// What an import did (or, in a dry run, would do) to the network: one decision per card.
package struct ImportReport: Hashable, Sendable {
    /// A person already in the network who got new details, or was found unchanged.
    package struct Update: Hashable, Sendable {
        /// The name in the network.
        package var name: String
        /// How the imported card was matched to the person ("e-mail jane@acme.com", "name").
        package var matchedBy: String
        /// What was added, one item per change ("phone +1 555 0100", "company Acme").
        package var changes: [String]
    }

    /// A new person who has the name of someone already there, kept apart because they differ.
    package struct PossibleDuplicate: Hashable, Sendable {
        package var name: String
        package var id: ContactID
        /// The people of the same name, as "Name (id)".
        package var of: [String]
        /// Why they were kept apart ("e-mails differ").
        package var reason: String
    }

    /// A card that was not imported, and why.
    package struct Skip: Hashable, Sendable {
        package var name: String
        package var reason: String
    }

    /// Names of the people added.
    package var added: [String] = []
    package var updated: [Update] = []
    /// People matched whose card brought nothing new.
    package var unchanged: [Update] = []
    /// People added though someone of the same name was there (also in `added`).
    package var possibleDuplicates: [PossibleDuplicate] = []
    package var skipped: [Skip] = []

    package init() {}
}
