/// The whole knowledge store: the user's contacts and what kith keeps about them.
///
/// This is the JSON document saved as `store.json`. Fields this version does not know are kept
/// in `unknownFields` and written back unchanged.
public struct Network: Hashable, Sendable {
    /// The version of the store document; this kith writes `VersionedDocument.store`'s newest.
    public var schemaVersion: Int = VersionedDocument.store.newestVersion
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
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        // The version first: nothing else of a newer kith's document is read.
        schemaVersion = try c.decode(Int.self, forKey: NetworkField.schemaVersion.key)
        guard VersionedDocument.store.reads(schemaVersion) else { throw SchemaVersionError(found: schemaVersion) }
        for field in NetworkField.allCases {
            let key = field.key
            switch field {
            case .schemaVersion: break
            case .actionLog: actionLog = try c.decodeIfPresent([ActionLogEntry].self, forKey: key) ?? []
            case .contacts: contacts = try c.decodeIfPresent([Contact].self, forKey: key) ?? []
            case .introductions: introductions = try c.decodeIfPresent([Introduction].self, forKey: key) ?? []
            case .me: me = try c.decodeIfPresent(Me.self, forKey: key) ?? Me()
            case .settings: settings = try c.decodeIfPresent(NetworkSettings.self, forKey: key) ?? NetworkSettings()
            }
        }
        unknownFields = try c.unknownFields(excluding: NetworkField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in NetworkField.allCases {
            let key = field.key
            switch field {
            case .actionLog: try c.encode(unlessEmpty: actionLog, forKey: key)
            case .contacts: try c.encode(contacts, forKey: key)
            case .introductions: try c.encode(unlessEmpty: introductions, forKey: key)
            case .me: if !me.isEmpty { try c.encode(me, forKey: key) }
            case .schemaVersion: try c.encode(schemaVersion, forKey: key)
            case .settings: if !settings.isDefault { try c.encode(settings, forKey: key) }
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}

/// Thrown while decoding a store written by a newer kith; `StoreCodec` names the file.
struct SchemaVersionError: Error {
    let found: Int
}
