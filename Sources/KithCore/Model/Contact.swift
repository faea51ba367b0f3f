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

extension Contact: Codable {
    static let knownKeys: Set<String> = [
        "id", "name", "emails", "phones", "links", "company", "role", "tags", "added", "needs",
        "offers", "knows", "promises", "notes", "interactions", "birthday", "tier", "vcardExtras",
        "uid", "connectedOn", "vcardFields",
    ]

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        func key(_ name: String) -> AnyCodingKey { AnyCodingKey(name) }
        id = try c.decode(String.self, forKey: key("id"))
        name = try c.decode(String.self, forKey: key("name"))
        emails = try c.decodeIfPresent([String].self, forKey: key("emails")) ?? []
        phones = try c.decodeIfPresent([String].self, forKey: key("phones")) ?? []
        links = try c.decodeIfPresent([String].self, forKey: key("links")) ?? []
        company = try c.decodeIfPresent(String.self, forKey: key("company"))
        role = try c.decodeIfPresent(String.self, forKey: key("role"))
        tags = try c.decodeIfPresent([String].self, forKey: key("tags")) ?? []
        added = try c.decode(Day.self, forKey: key("added"))
        needs = try c.decodeIfPresent([Need].self, forKey: key("needs")) ?? []
        offers = try c.decodeIfPresent([DatedText].self, forKey: key("offers")) ?? []
        knows = try c.decodeIfPresent([Acquaintance].self, forKey: key("knows")) ?? []
        promises = try c.decodeIfPresent([Promise].self, forKey: key("promises")) ?? []
        notes = try c.decodeIfPresent([DatedText].self, forKey: key("notes")) ?? []
        interactions = try c.decodeIfPresent([Interaction].self, forKey: key("interactions")) ?? []
        birthday = try c.decodeIfPresent(String.self, forKey: key("birthday"))
        tier = try c.decodeIfPresent(String.self, forKey: key("tier"))
        vcardExtras = try c.decodeIfPresent([String].self, forKey: key("vcardExtras")) ?? []
        uid = try c.decodeIfPresent(String.self, forKey: key("uid"))
        connectedOn = try c.decodeIfPresent(Day.self, forKey: key("connectedOn"))
        vcardFields = try c.decodeIfPresent([String].self, forKey: key("vcardFields")) ?? []
        unknownFields = try c.unknownFields(excluding: Contact.knownKeys)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        func key(_ name: String) -> AnyCodingKey { AnyCodingKey(name) }
        try c.encode(id, forKey: key("id"))
        try c.encode(name, forKey: key("name"))
        if !emails.isEmpty { try c.encode(emails, forKey: key("emails")) }
        if !phones.isEmpty { try c.encode(phones, forKey: key("phones")) }
        if !links.isEmpty { try c.encode(links, forKey: key("links")) }
        try c.encodeIfPresent(company, forKey: key("company"))
        try c.encodeIfPresent(role, forKey: key("role"))
        if !tags.isEmpty { try c.encode(tags, forKey: key("tags")) }
        try c.encode(added, forKey: key("added"))
        try c.encode(needs, forKey: key("needs"))
        try c.encode(offers, forKey: key("offers"))
        try c.encode(knows, forKey: key("knows"))
        try c.encode(promises, forKey: key("promises"))
        try c.encode(notes, forKey: key("notes"))
        try c.encode(interactions, forKey: key("interactions"))
        try c.encodeIfPresent(birthday, forKey: key("birthday"))
        try c.encodeIfPresent(tier, forKey: key("tier"))
        if !vcardExtras.isEmpty { try c.encode(vcardExtras, forKey: key("vcardExtras")) }
        try c.encodeIfPresent(uid, forKey: key("uid"))
        try c.encodeIfPresent(connectedOn, forKey: key("connectedOn"))
        if !vcardFields.isEmpty { try c.encode(vcardFields, forKey: key("vcardFields")) }
        try c.encodeUnknownFields(unknownFields)
    }
}
