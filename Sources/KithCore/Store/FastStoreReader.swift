import Foundation

/// Reads a store document straight from its bytes into a `Network`, several times faster than
/// `JSONDecoder` on large stores.
///
/// It returns exactly what `JSONDecoder` would, or nil so the caller decodes the slow way:
/// contacts in the plain shape kith writes are read directly; a contact with anything else
/// (fields a newer kith wrote, a wrong type) is decoded on its own by `JSONDecoder`, and the
/// smaller top-level parts (`me`, `introductions`, `actionLog`, `settings`) always are. Any
/// syntax problem, duplicate key or unknown top-level field gives nil, so errors are still
/// reported by `JSONDecoder` with their line and field. Fields are recognised through the schema's
/// `StoredField` enums, by switches with no `default:`.
enum FastStoreReader {
    private typealias Unsupported = JSONByteScanner.Unsupported

    static func network(from data: Data) -> Network? {
        data.withUnsafeBytes { raw -> Network? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var scanner = JSONByteScanner(bytes)
            var network = Network()
            var seen: [NetworkField] = []
            var schemaVersion: Int?
            do {
                try scanner.object { scanner, key in
                    guard let field = NetworkField(rawValue: key), !seen.contains(field) else { throw Unsupported() }
                    seen.append(field)
                    switch field {
                    case .schemaVersion: schemaVersion = try scanner.integer()
                    case .contacts:
                        if try scanner.takeNull() { return }
                        try scanner.array { network.contacts.append(try contact(&$0, raw: bytes)) }
                    case .me: network.me = try decodeIfPresent(Me.self, &scanner, bytes) ?? Me()
                    case .introductions:
                        network.introductions = try decodeIfPresent([Introduction].self, &scanner, bytes) ?? []
                    case .actionLog:
                        network.actionLog = try decodeIfPresent([ActionLogEntry].self, &scanner, bytes) ?? []
                    case .settings:
                        network.settings =
                            try decodeIfPresent(NetworkSettings.self, &scanner, bytes) ?? NetworkSettings()
                    }
                }
                scanner.skipWhitespace()
                guard scanner.position == bytes.count, let schemaVersion,
                    VersionedDocument.store.reads(schemaVersion)
                else { return nil }
                network.schemaVersion = schemaVersion
                return network
            } catch {
                return nil
            }
        }
    }

    /// Decodes the value at the scanner with `JSONDecoder`; nil for `null`.
    private static func decodeIfPresent<T: Decodable>(
        _ type: T.Type, _ scanner: inout JSONByteScanner, _ bytes: UnsafeBufferPointer<UInt8>
    ) throws -> T? {
        if try scanner.takeNull() { return nil }
        let range = try scanner.skipValue()
        return try JSONDecoder().decode(T.self, from: Data(UnsafeBufferPointer(rebasing: bytes[range])))
    }

    /// One contact: read directly when plain, else decoded on its own by `JSONDecoder`.
    private static func contact(_ scanner: inout JSONByteScanner, raw: UnsafeBufferPointer<UInt8>) throws -> Contact {
        let start = scanner.position
        var attempt = scanner
        if let contact = try? plainContact(&attempt) {
            scanner = attempt
            return contact
        }
        scanner.position = start
        guard let decoded = try decodeIfPresent(Contact.self, &scanner, raw) else { throw Unsupported() }
        return decoded
    }

    /// A contact in the plain shape kith writes; throws for anything else (a field it does not
    /// know, a duplicate key, a wrong type), leaving the contact to `JSONDecoder`.
    static func plainContact(_ s: inout JSONByteScanner) throws -> Contact {
        var id: String?
        var name: String?
        var added: Day?
        var c = Contact(id: "", name: "", added: Day(dayNumber: 0))
        try fields(&s, ContactField.self) { s, field in
            switch field {
            case .added: added = try s.day()
            case .birthday: c.birthday = try s.optionalString()
            case .company: c.company = try s.optionalString()
            case .connectedOn: c.connectedOn = try s.optionalDay()
            case .emails: c.emails = try s.strings()
            case .id: id = try s.string()
            case .interactions: c.interactions = try list(&s, interaction)
            case .knows: c.knows = try list(&s, acquaintance)
            case .links: c.links = try s.strings()
            case .name: name = try s.string()
            case .needs: c.needs = try list(&s, need)
            case .notes: c.notes = try list(&s, datedText)
            case .offers: c.offers = try list(&s, datedText)
            case .phones: c.phones = try s.strings()
            case .promises: c.promises = try list(&s, promise)
            case .role: c.role = try s.optionalString()
            case .tags: c.tags = try s.strings()
            case .tier: c.tier = try s.optionalString()
            case .uid: c.uid = try s.optionalString()
            case .vcardExtras: c.vcardExtras = try s.strings()
            case .vcardFields: c.vcardFields = try s.strings()
            }
        }
        guard let id, let name, let added else { throw Unsupported() }
        c.id = id
        c.name = name
        c.added = added
        return c
    }

    private static func need(_ s: inout JSONByteScanner) throws -> Need {
        var text: String?
        var recorded: Day?
        var solved: Day?
        var solvedBy: String?
        try fields(&s, NeedField.self) { s, field in
            switch field {
            case .recorded: recorded = try s.day()
            case .solved: solved = try s.optionalDay()
            case .solvedBy: solvedBy = try s.optionalString()
            case .text: text = try s.string()
            }
        }
        guard let text, let recorded else { throw Unsupported() }
        return Need(text, recorded: recorded, solved: solved, solvedBy: solvedBy)
    }

    private static func acquaintance(_ s: inout JSONByteScanner) throws -> Acquaintance {
        var text: String?
        var recorded: Day?
        var contactID: String?
        try fields(&s, AcquaintanceField.self) { s, field in
            switch field {
            case .contactID: contactID = try s.optionalString()
            case .recorded: recorded = try s.day()
            case .text: text = try s.string()
            }
        }
        guard let text, let recorded else { throw Unsupported() }
        return Acquaintance(text, recorded: recorded, contactID: contactID)
    }

    private static func promise(_ s: inout JSONByteScanner) throws -> Promise {
        var text: String?
        var recorded: Day?
        var kept: Day?
        try fields(&s, PromiseField.self) { s, field in
            switch field {
            case .kept: kept = try s.optionalDay()
            case .recorded: recorded = try s.day()
            case .text: text = try s.string()
            }
        }
        guard let text, let recorded else { throw Unsupported() }
        return Promise(text, recorded: recorded, kept: kept)
    }

    private static func interaction(_ s: inout JSONByteScanner) throws -> Interaction {
        var date: Day?
        var kind: String?
        var note: String?
        try fields(&s, InteractionField.self) { s, field in
            switch field {
            case .date: date = try s.day()
            case .kind: kind = try s.string()
            case .note: note = try s.optionalString()
            }
        }
        guard let date, let kind else { throw Unsupported() }
        return Interaction(date: date, kind: InteractionKind(kind), note: note)
    }

    private static func datedText(_ s: inout JSONByteScanner) throws -> DatedText {
        var text: String?
        var recorded: Day?
        try fields(&s, DatedTextField.self) { s, field in
            switch field {
            case .recorded: recorded = try s.day()
            case .text: text = try s.string()
            }
        }
        guard let text, let recorded else { throw Unsupported() }
        return DatedText(text, recorded: recorded)
    }

    /// A list of objects; `null` gives an empty list.
    private static func list<T>(
        _ s: inout JSONByteScanner, _ element: (inout JSONByteScanner) throws -> T
    ) throws -> [T] {
        if try s.takeNull() { return [] }
        var result: [T] = []
        try s.array { result.append(try element(&$0)) }
        return result
    }

    /// An object's fields, each one of `Field`'s; a field it does not name, or one given twice,
    /// throws.
    private static func fields<Field: StoredField>(
        _ s: inout JSONByteScanner, _: Field.Type, _ read: (inout JSONByteScanner, Field) throws -> Void
    ) throws {
        var seen: [Field] = []
        try s.object { s, key in
            guard let field = Field(rawValue: key), !seen.contains(field) else { throw Unsupported() }
            seen.append(field)
            try read(&s, field)
        }
    }
}
