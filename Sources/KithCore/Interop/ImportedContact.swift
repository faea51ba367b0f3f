/// One person read from an address-book export (vCard or LinkedIn), before it is merged into
/// the network.
///
/// Dates that the source did not give are nil; the merge fills them with the import day.
package struct ImportedContact: Hashable, Sendable {
    /// The display name; empty when the source had none (the merge then skips the person).
    package var name: String
    package var emails: [String] = []
    package var phones: [String] = []
    package var links: [String] = []
    package var company: String?
    package var role: String?
    package var tags: [String] = []
    /// `YYYY-MM-DD` or `--MM-DD`.
    package var birthday: String?
    package var needs: [ImportedNeed] = []
    package var offers: [ImportedText] = []
    package var knows: [ImportedText] = []
    package var notes: [ImportedText] = []
    /// vCard properties kith does not interpret, as unfolded content lines.
    package var vcardExtras: [String] = []
    /// The day the user connected with the person (LinkedIn's "Connected On").
    package var connectedOn: Day?
    /// The card's UID, when it has one.
    package var uid: String?
    /// The card's content lines behind the fields kith reads (see `Contact.vcardFields`).
    package var vcardFields: [String] = []
    /// kith's own fields, when the card was written by kith (`X-KITH-*`).
    package var kith: VCardKithFields?
    /// Where the person was read: "line 12" of a file, for the import report.
    package var origin: String?

    package init(name: String) {
        self.name = name
    }
}

/// A piece of imported text (an offer, a note, an acquaintance) and, when known, its day.
package struct ImportedText: Hashable, Sendable {
    package var text: String
    package var recorded: Day?

    package init(_ text: String, recorded: Day? = nil) {
        self.text = text
        self.recorded = recorded
    }
}

/// An imported need and, when known, when it was recorded and solved, and by whom.
package struct ImportedNeed: Hashable, Sendable {
    package var text: String
    package var recorded: Day?
    package var solved: Day?
    package var solvedBy: String?

    package init(_ text: String, recorded: Day? = nil, solved: Day? = nil, solvedBy: String? = nil) {
        self.text = text
        self.recorded = recorded
        self.solved = solved
        self.solvedBy = solvedBy
    }
}

extension InteractionKind {
    /// Connected on a social network (LinkedIn's "Connected On").
    package static let connected = InteractionKind("connected")
}
