/// The stable identifier of a contact in the store.
public typealias ContactID = String

/// Everything the user knows about one person.
///
/// Every list item keeps the day it was recorded. Fields written by a newer version of kith
/// that this one does not know are kept in `unknownFields` and written back unchanged.
public struct Contact: Hashable, Sendable, Identifiable {
    public var id: ContactID
    public var name: String
    public var emails: [String] = []
    public var phones: [String] = []
    public var links: [String] = []
    public var company: String?
    public var role: String?
    public var tags: [String] = []
    /// The day the contact was added to the store.
    public var added: Day
    /// What the person needs.
    public var needs: [Need] = []
    /// Problems the person can solve.
    public var offers: [DatedText] = []
    /// People the person knows.
    public var knows: [Acquaintance] = []
    /// What the user promised them.
    public var promises: [Promise] = []
    /// The user's personal notes.
    public var notes: [DatedText] = []
    /// The dated history, oldest first.
    public var interactions: [Interaction] = []
    /// A birthday as `YYYY-MM-DD` or `--MM-DD` (year unknown).
    public var birthday: String?
    /// The reconnect cadence tier, when set for this person.
    public var tier: String?
    /// vCard properties kith does not interpret (PHOTO, ADR, X-…), as unfolded content lines,
    /// kept from an import and written back on export.
    public var vcardExtras: [String] = []
    /// The vCard UID: kept from an imported card, else made once when the contact is first saved.
    public var uid: String?
    /// The day the user connected on a social network (LinkedIn's "Connected On"); not a meeting.
    public var connectedOn: Day?
    /// The imported content lines behind fields kith reads (UID, N, ORG, TITLE, BDAY, EMAIL, TEL,
    /// URL), with their group and parameters (TYPE…): export writes them back while the value
    /// is unchanged, and a later import of the same card knows which values it brought.
    public var vcardFields: [String] = []
    public var unknownFields: [String: JSONValue] = [:]

    public init(id: ContactID, name: String, added: Day) {
        self.id = id
        self.name = name
        self.added = added
    }

    /// The day of the most recent interaction of any kind.
    public var lastInteraction: Day? {
        interactions.map(\.date).max()
    }
}
