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

// Each list item's JSON form: every field in its `StoredField` enum, each read and written by one
// case below; any other field is one a newer kith wrote, kept and written back unchanged.

extension DatedText {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        self.init(
            try c.decode(String.self, forKey: DatedTextField.text.key),
            recorded: try c.decode(Day.self, forKey: DatedTextField.recorded.key))
        unknownFields = try c.unknownFields(excluding: DatedTextField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in DatedTextField.allCases {
            switch field {
            case .recorded: try c.encode(recorded, forKey: field.key)
            case .text: try c.encode(text, forKey: field.key)
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}

extension Need {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        self.init(
            try c.decode(String.self, forKey: NeedField.text.key),
            recorded: try c.decode(Day.self, forKey: NeedField.recorded.key))
        for field in NeedField.allCases {
            switch field {
            case .recorded, .text: break
            case .solved: solved = try c.decodeIfPresent(Day.self, forKey: field.key)
            case .solvedBy: solvedBy = try c.decodeIfPresent(String.self, forKey: field.key)
            }
        }
        unknownFields = try c.unknownFields(excluding: NeedField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in NeedField.allCases {
            switch field {
            case .recorded: try c.encode(recorded, forKey: field.key)
            case .solved: try c.encodeIfPresent(solved, forKey: field.key)
            case .solvedBy: try c.encodeIfPresent(solvedBy, forKey: field.key)
            case .text: try c.encode(text, forKey: field.key)
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}

extension Promise {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        self.init(
            try c.decode(String.self, forKey: PromiseField.text.key),
            recorded: try c.decode(Day.self, forKey: PromiseField.recorded.key))
        for field in PromiseField.allCases {
            switch field {
            case .recorded, .text: break
            case .kept: kept = try c.decodeIfPresent(Day.self, forKey: field.key)
            }
        }
        unknownFields = try c.unknownFields(excluding: PromiseField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in PromiseField.allCases {
            switch field {
            case .kept: try c.encodeIfPresent(kept, forKey: field.key)
            case .recorded: try c.encode(recorded, forKey: field.key)
            case .text: try c.encode(text, forKey: field.key)
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}

extension Acquaintance {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        self.init(
            try c.decode(String.self, forKey: AcquaintanceField.text.key),
            recorded: try c.decode(Day.self, forKey: AcquaintanceField.recorded.key))
        for field in AcquaintanceField.allCases {
            switch field {
            case .recorded, .text: break
            case .contactID: contactID = try c.decodeIfPresent(String.self, forKey: field.key)
            }
        }
        unknownFields = try c.unknownFields(excluding: AcquaintanceField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in AcquaintanceField.allCases {
            switch field {
            case .contactID: try c.encodeIfPresent(contactID, forKey: field.key)
            case .recorded: try c.encode(recorded, forKey: field.key)
            case .text: try c.encode(text, forKey: field.key)
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}
