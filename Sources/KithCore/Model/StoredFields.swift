/// The fields of one kind of record in the store, named as the store writes them.
///
/// These enums are the one description of the store's schema. Each record's `Codable`, and for a
/// contact and its list items `ContactJSONWriter` and `FastStoreReader` too, switch over the cases
/// with no `default:`, so a field added here does not build until all of them handle it; a test
/// checks each enum against its type's stored properties. Cases are declared in the order the
/// store writes them (sorted, as `JSONEncoder`'s `.sortedKeys` does); any other name in a record
/// is a field a newer kith wrote, kept in the record's `unknownFields`.
protocol StoredField: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {}

extension StoredField {
    /// The coding key of this field.
    var key: AnyCodingKey { AnyCodingKey(rawValue) }
}

/// The fields of the store document itself.
enum NetworkField: String, StoredField {
    case actionLog, contacts, introductions, me, schemaVersion, settings
}

/// The fields of a contact.
enum ContactField: String, StoredField {
    case added, birthday, company, connectedOn, emails, id, interactions, knows, links, name, needs, notes
    case offers, phones, promises, role, tags, tier, uid, vcardExtras, vcardFields
}

extension Contact {
    /// The names of a contact's stored fields.
    static let knownKeys: Set<String> = Set(ContactField.allCases.map(\.rawValue))
}

/// The fields of a need (a contact's or the user's own).
enum NeedField: String, StoredField {
    case recorded, solved, solvedBy, text
}

/// The fields of a dated text: an offer, a note.
enum DatedTextField: String, StoredField {
    case recorded, text
}

/// The fields of a promise.
enum PromiseField: String, StoredField {
    case kept, recorded, text
}

/// The fields of an acquaintance (whom a contact knows).
enum AcquaintanceField: String, StoredField {
    case contactID, recorded, text
}

/// The fields of an interaction.
enum InteractionField: String, StoredField {
    case date, kind, note
}

/// The fields of the user's own record, `me`.
enum MeField: String, StoredField {
    case name, needs, offers
}

/// The fields of the coaching settings.
enum SettingsField: String, StoredField {
    case cadenceTiers, defaultTier, introductionStyle, tagTiers
}

/// The fields of an action log entry.
enum ActionLogField: String, StoredField {
    case id, key, note, on, ruleID, state, until
}

/// The fields of an introduction.
enum IntroductionField: String, StoredField {
    case askedFirst, askedSecond, first, followedUp, made, outcome, second, suggested, why
}
