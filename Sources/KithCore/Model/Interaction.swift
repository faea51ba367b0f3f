/// The kind of an interaction: a free word, with the ones kith knows as constants.
public struct InteractionKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let met = InteractionKind("met")
    public static let followUp = InteractionKind("follow-up")
    public static let introduction = InteractionKind("introduction")
    public static let meal = InteractionKind("meal")
    public static let call = InteractionKind("call")
    public static let email = InteractionKind("email")
    public static let meeting = InteractionKind("meeting")
    public static let message = InteractionKind("message")

    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// One dated contact with a person: a meeting, a call, a meal, an introduction…
public struct Interaction: Hashable, Sendable, Codable {
    public var date: Day
    public var kind: InteractionKind
    /// Where and how, or what was said; may be empty.
    public var note: String?
    /// Fields a newer kith wrote in this item, kept and written back unchanged.
    public var unknownFields: [String: JSONValue] = [:]

    public init(date: Day, kind: InteractionKind, note: String? = nil) {
        self.date = date
        self.kind = kind
        self.note = note
    }
}

// An interaction's JSON form: every field in `InteractionField`; any other is kept as unknown.

extension Interaction {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        self.init(
            date: try c.decode(Day.self, forKey: InteractionField.date.key),
            kind: try c.decode(InteractionKind.self, forKey: InteractionField.kind.key))
        for field in InteractionField.allCases {
            switch field {
            case .date, .kind: break
            case .note: note = try c.decodeIfPresent(String.self, forKey: field.key)
            }
        }
        unknownFields = try c.unknownFields(excluding: InteractionField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in InteractionField.allCases {
            switch field {
            case .date: try c.encode(date, forKey: field.key)
            case .kind: try c.encode(kind, forKey: field.key)
            case .note: try c.encodeIfPresent(note, forKey: field.key)
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}
