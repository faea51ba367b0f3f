import Foundation

/// Reads a store document straight from its bytes into a `Network`, several times faster than
/// `JSONDecoder` on large stores.
///
/// It returns exactly what `JSONDecoder` would, or nil so the caller decodes the slow way:
/// contacts in the plain shape kith writes are read directly; a contact with anything else
/// (fields a newer kith wrote, a wrong type) is decoded on its own by `JSONDecoder`, and the
/// smaller top-level parts (`me`, `introductions`, `actionLog`, `settings`) always are. Any
/// syntax problem, duplicate key or unknown top-level field gives nil, so errors are still
/// reported by `JSONDecoder` with their line and field.
enum FastStoreReader {
    static func network(from data: Data) -> Network? {
        data.withUnsafeBytes { raw -> Network? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var scanner = JSONByteScanner(bytes)
            var network = Network()
            var seen: Set<String> = []
            var schemaVersion: Int?
            do {
                try scanner.object { scanner, key in
                    guard seen.insert(key).inserted else { throw JSONByteScanner.Unsupported() }
                    switch key {
                    case "schemaVersion": schemaVersion = try scanner.integer()
                    case "contacts":
                        if try scanner.takeNull() { return }
                        try scanner.array { network.contacts.append(try contact(&$0, raw: bytes)) }
                    case "me":
                        network.me = try decodeIfPresent(Me.self, &scanner, bytes) ?? Me()
                    case "introductions":
                        network.introductions = try decodeIfPresent([Introduction].self, &scanner, bytes) ?? []
                    case "actionLog":
                        network.actionLog = try decodeIfPresent([ActionLogEntry].self, &scanner, bytes) ?? []
                    case "settings":
                        network.settings = try decodeIfPresent(NetworkSettings.self, &scanner, bytes) ?? NetworkSettings()
                    default: throw JSONByteScanner.Unsupported()
                    }
                }
                scanner.skipWhitespace()
                guard scanner.position == bytes.count, let schemaVersion,
                      schemaVersion <= Network.currentSchemaVersion else { return nil }
                network.schemaVersion = schemaVersion
                return network
            } catch {
                return nil
            }
        }
    }

    /// Decodes the value at the scanner with `JSONDecoder`; nil for `null`.
    private static func decodeIfPresent<T: Decodable>(_ type: T.Type, _ scanner: inout JSONByteScanner,
                                                      _ bytes: UnsafeBufferPointer<UInt8>) throws -> T? {
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
        guard let decoded = try decodeIfPresent(Contact.self, &scanner, raw) else { throw JSONByteScanner.Unsupported() }
        return decoded
    }

    private static func plainContact(_ s: inout JSONByteScanner) throws -> Contact {
        var id: String?, name: String?, added: Day?
        var c = Contact(id: "", name: "", added: Day(dayNumber: 0))
        var seen: [String] = []
        try s.object { s, key in
            guard !seen.contains(key) else { throw JSONByteScanner.Unsupported() }
            seen.append(key)
            switch key {
            case "id": id = try s.string()
            case "name": name = try s.string()
            case "added": added = try day(&s)
            case "emails": c.emails = try s.strings()
            case "phones": c.phones = try s.strings()
            case "links": c.links = try s.strings()
            case "company": c.company = try s.optionalString()
            case "role": c.role = try s.optionalString()
            case "tags": c.tags = try s.strings()
            case "birthday": c.birthday = try s.optionalString()
            case "tier": c.tier = try s.optionalString()
            case "vcardExtras": c.vcardExtras = try s.strings()
            case "uid": c.uid = try s.optionalString()
            case "connectedOn": c.connectedOn = try optionalDay(&s)
            case "vcardFields": c.vcardFields = try s.strings()
            case "needs":
                c.needs = try list(&s) { s in
                    var text: String?, recorded: Day?, solved: Day?, solvedBy: String?
                    try fields(&s) { s, key in
                        switch key {
                        case "text": text = try s.string()
                        case "recorded": recorded = try day(&s)
                        case "solved": solved = try optionalDay(&s)
                        case "solvedBy": solvedBy = try s.optionalString()
                        default: throw JSONByteScanner.Unsupported()
                        }
                    }
                    guard let text, let recorded else { throw JSONByteScanner.Unsupported() }
                    return Need(text, recorded: recorded, solved: solved, solvedBy: solvedBy)
                }
            case "offers": c.offers = try datedTexts(&s)
            case "notes": c.notes = try datedTexts(&s)
            case "knows":
                c.knows = try list(&s) { s in
                    var text: String?, recorded: Day?, contactID: String?
                    try fields(&s) { s, key in
                        switch key {
                        case "text": text = try s.string()
                        case "recorded": recorded = try day(&s)
                        case "contactID": contactID = try s.optionalString()
                        default: throw JSONByteScanner.Unsupported()
                        }
                    }
                    guard let text, let recorded else { throw JSONByteScanner.Unsupported() }
                    return Acquaintance(text, recorded: recorded, contactID: contactID)
                }
            case "promises":
                c.promises = try list(&s) { s in
                    var text: String?, recorded: Day?, kept: Day?
                    try fields(&s) { s, key in
                        switch key {
                        case "text": text = try s.string()
                        case "recorded": recorded = try day(&s)
                        case "kept": kept = try optionalDay(&s)
                        default: throw JSONByteScanner.Unsupported()
                        }
                    }
                    guard let text, let recorded else { throw JSONByteScanner.Unsupported() }
                    return Promise(text, recorded: recorded, kept: kept)
                }
            case "interactions":
                c.interactions = try list(&s) { s in
                    var date: Day?, kind: String?, note: String?
                    try fields(&s) { s, key in
                        switch key {
                        case "date": date = try day(&s)
                        case "kind": kind = try s.string()
                        case "note": note = try s.optionalString()
                        default: throw JSONByteScanner.Unsupported()
                        }
                    }
                    guard let date, let kind else { throw JSONByteScanner.Unsupported() }
                    return Interaction(date: date, kind: InteractionKind(kind), note: note)
                }
            default: throw JSONByteScanner.Unsupported()
            }
        }
        guard let id, let name, let added else { throw JSONByteScanner.Unsupported() }
        c.id = id
        c.name = name
        c.added = added
        return c
    }

    private static func datedTexts(_ s: inout JSONByteScanner) throws -> [DatedText] {
        try list(&s) { s in
            var text: String?, recorded: Day?
            try fields(&s) { s, key in
                switch key {
                case "text": text = try s.string()
                case "recorded": recorded = try day(&s)
                default: throw JSONByteScanner.Unsupported()
                }
            }
            guard let text, let recorded else { throw JSONByteScanner.Unsupported() }
            return DatedText(text, recorded: recorded)
        }
    }

    /// A list of objects; `null` gives an empty list.
    private static func list<T>(_ s: inout JSONByteScanner, _ element: (inout JSONByteScanner) throws -> T) throws -> [T] {
        if try s.takeNull() { return [] }
        var result: [T] = []
        try s.array { result.append(try element(&$0)) }
        return result
    }

    /// An object's fields, refusing duplicate keys.
    private static func fields(_ s: inout JSONByteScanner, _ field: (inout JSONByteScanner, String) throws -> Void) throws {
        var seen: [String] = []
        try s.object { s, key in
            guard !seen.contains(key) else { throw JSONByteScanner.Unsupported() }
            seen.append(key)
            try field(&s, key)
        }
    }

    private static func day(_ s: inout JSONByteScanner) throws -> Day {
        try s.day()
    }

    private static func optionalDay(_ s: inout JSONByteScanner) throws -> Day? {
        try s.takeNull() ? nil : try day(&s)
    }
}
