/// A piece of text and the day it was recorded: an offer, a note.
public struct DatedText: Hashable, Sendable, Codable {
    public var text: String
    public var recorded: Day
    /// Fields a newer kith wrote in this item, kept and written back unchanged.
    public var unknownFields: [String: JSONValue] = [:]

    public init(_ text: String, recorded: Day) {
        self.text = text
        self.recorded = recorded
    }
}

/// Something a person needs, and whether (and by whom) it was solved.
public struct Need: Hashable, Sendable, Codable {
    public var text: String
    public var recorded: Day
    /// The day the need was marked met, if it was.
    public var solved: Day?
    /// Who solved it: a contact's name or free text.
    public var solvedBy: String?
    /// Fields a newer kith wrote in this item, kept and written back unchanged.
    public var unknownFields: [String: JSONValue] = [:]

    public init(_ text: String, recorded: Day, solved: Day? = nil, solvedBy: String? = nil) {
        self.text = text
        self.recorded = recorded
        self.solved = solved
        self.solvedBy = solvedBy
    }

    /// True while nobody has solved it.
    public var isOpen: Bool { solved == nil }
}

/// Something the user said they would do for a contact.
public struct Promise: Hashable, Sendable, Codable {
    public var text: String
    public var recorded: Day
    /// The day the promise was kept, if it was.
    public var kept: Day?
    /// Fields a newer kith wrote in this item, kept and written back unchanged.
    public var unknownFields: [String: JSONValue] = [:]

    public init(_ text: String, recorded: Day, kept: Day? = nil) {
        self.text = text
        self.recorded = recorded
        self.kept = kept
    }

    /// True while the promise is not yet kept.
    public var isOpen: Bool { kept == nil }
}

/// Someone a contact knows: free text ("Dr. Ruiz, a chiropractor") and, when it names a
/// contact in the store, that contact's id.
public struct Acquaintance: Hashable, Sendable, Codable {
    public var text: String
    public var recorded: Day
    public var contactID: ContactID?
    /// Fields a newer kith wrote in this item, kept and written back unchanged.
    public var unknownFields: [String: JSONValue] = [:]

    public init(_ text: String, recorded: Day, contactID: ContactID? = nil) {
        self.text = text
        self.recorded = recorded
        self.contactID = contactID
    }
}

// Each list item keeps the fields a newer kith wrote (README promises it at every level).

extension DatedText {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        text = try c.decode(String.self, forKey: AnyCodingKey("text"))
        recorded = try c.decode(Day.self, forKey: AnyCodingKey("recorded"))
        unknownFields = try c.unknownFields(excluding: ["text", "recorded"])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(text, forKey: AnyCodingKey("text"))
        try c.encode(recorded, forKey: AnyCodingKey("recorded"))
        try c.encodeUnknownFields(unknownFields)
    }
}

extension Need {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        text = try c.decode(String.self, forKey: AnyCodingKey("text"))
        recorded = try c.decode(Day.self, forKey: AnyCodingKey("recorded"))
        solved = try c.decodeIfPresent(Day.self, forKey: AnyCodingKey("solved"))
        solvedBy = try c.decodeIfPresent(String.self, forKey: AnyCodingKey("solvedBy"))
        unknownFields = try c.unknownFields(excluding: ["text", "recorded", "solved", "solvedBy"])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(text, forKey: AnyCodingKey("text"))
        try c.encode(recorded, forKey: AnyCodingKey("recorded"))
        try c.encodeIfPresent(solved, forKey: AnyCodingKey("solved"))
        try c.encodeIfPresent(solvedBy, forKey: AnyCodingKey("solvedBy"))
        try c.encodeUnknownFields(unknownFields)
    }
}

extension Promise {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        text = try c.decode(String.self, forKey: AnyCodingKey("text"))
        recorded = try c.decode(Day.self, forKey: AnyCodingKey("recorded"))
        kept = try c.decodeIfPresent(Day.self, forKey: AnyCodingKey("kept"))
        unknownFields = try c.unknownFields(excluding: ["text", "recorded", "kept"])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(text, forKey: AnyCodingKey("text"))
        try c.encode(recorded, forKey: AnyCodingKey("recorded"))
        try c.encodeIfPresent(kept, forKey: AnyCodingKey("kept"))
        try c.encodeUnknownFields(unknownFields)
    }
}

extension Acquaintance {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        text = try c.decode(String.self, forKey: AnyCodingKey("text"))
        recorded = try c.decode(Day.self, forKey: AnyCodingKey("recorded"))
        contactID = try c.decodeIfPresent(String.self, forKey: AnyCodingKey("contactID"))
        unknownFields = try c.unknownFields(excluding: ["text", "recorded", "contactID"])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(text, forKey: AnyCodingKey("text"))
        try c.encode(recorded, forKey: AnyCodingKey("recorded"))
        try c.encodeIfPresent(contactID, forKey: AnyCodingKey("contactID"))
        try c.encodeUnknownFields(unknownFields)
    }
}
