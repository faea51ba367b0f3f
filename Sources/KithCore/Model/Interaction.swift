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

extension Interaction {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        date = try c.decode(Day.self, forKey: AnyCodingKey("date"))
        kind = try c.decode(InteractionKind.self, forKey: AnyCodingKey("kind"))
        note = try c.decodeIfPresent(String.self, forKey: AnyCodingKey("note"))
        unknownFields = try c.unknownFields(excluding: ["date", "kind", "note"])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(date, forKey: AnyCodingKey("date"))
        try c.encode(kind, forKey: AnyCodingKey("kind"))
        try c.encodeIfPresent(note, forKey: AnyCodingKey("note"))
        try c.encodeUnknownFields(unknownFields)
    }
}
