/// The whole knowledge store: the user's contacts and what kith keeps about them.
///
/// This is the JSON document saved as `store.json`. Fields this version does not know are kept
/// in `unknownFields` and written back unchanged.
public struct Network: Hashable, Sendable {
    /// The schema version this build writes and the newest it can read; older stores are
    /// migrated on load (see `StoreMigration`).
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int = Network.currentSchemaVersion
    public var contacts: [Contact] = []
    /// The user's own name, needs and offers.
    public var me = Me()
    /// Introductions suggested, asked for, made and followed up.
    public var introductions: [Introduction] = []
    /// What the user did with suggested actions (done, snoozed, dismissed).
    public var actionLog: [ActionLogEntry] = []
    /// The user's coaching preferences.
    public var settings = NetworkSettings()
    public var unknownFields: [String: JSONValue] = [:]

    public init(contacts: [Contact] = []) {
        self.contacts = contacts
    }

    /// The contact with the given id.
    public func contact(id: ContactID) -> Contact? {
        contacts.first { $0.id == id }
    }

    /// The position of the contact with the given id.
    public func index(of id: ContactID) -> Int? {
        contacts.firstIndex { $0.id == id }
    }
}

extension Network: Codable {
    static let knownKeys: Set<String> = [
        "schemaVersion", "contacts", "me", "introductions", "actionLog", "settings",
    ]

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        schemaVersion = try c.decode(Int.self, forKey: AnyCodingKey("schemaVersion"))
        guard schemaVersion <= Network.currentSchemaVersion else {
            throw SchemaVersionError(found: schemaVersion, supported: Network.currentSchemaVersion)
        }
        contacts = try c.decodeIfPresent([Contact].self, forKey: AnyCodingKey("contacts")) ?? []
        me = try c.decodeIfPresent(Me.self, forKey: AnyCodingKey("me")) ?? Me()
        introductions = try c.decodeIfPresent([Introduction].self, forKey: AnyCodingKey("introductions")) ?? []
        actionLog = try c.decodeIfPresent([ActionLogEntry].self, forKey: AnyCodingKey("actionLog")) ?? []
        settings = try c.decodeIfPresent(NetworkSettings.self, forKey: AnyCodingKey("settings")) ?? NetworkSettings()
        unknownFields = try c.unknownFields(excluding: Network.knownKeys)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(schemaVersion, forKey: AnyCodingKey("schemaVersion"))
        try c.encode(contacts, forKey: AnyCodingKey("contacts"))
        if !me.isEmpty { try c.encode(me, forKey: AnyCodingKey("me")) }
        if !introductions.isEmpty { try c.encode(introductions, forKey: AnyCodingKey("introductions")) }
        if !actionLog.isEmpty { try c.encode(actionLog, forKey: AnyCodingKey("actionLog")) }
        if !settings.isDefault { try c.encode(settings, forKey: AnyCodingKey("settings")) }
        try c.encodeUnknownFields(unknownFields)
    }
}

/// Thrown while decoding a document written by a newer kith.
struct SchemaVersionError: Error {
    let found: Int
    let supported: Int
}
