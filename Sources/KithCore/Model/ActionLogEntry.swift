/// What the user did with one suggested action: done, snoozed or dismissed, and when.
///
/// Entries are keyed by the action's `key` (rule id, subject ids, item), so the same suggestion
/// computed on another day finds its entry. Only the latest state per key is kept.
public struct ActionLogEntry: Hashable, Sendable, Codable {
    /// The state the user put an action in.
    public enum State: String, Hashable, Sendable, Codable {
        case done, snoozed, dismissed
    }

    /// The short id shown to the user.
    public var id: String
    /// The full key the id was derived from.
    public var key: String
    public var ruleID: String
    public var state: State
    /// The day the state was set.
    public var on: Day
    /// For a snooze, the first day the action shows again.
    public var until: Day?
    /// Fields a newer kith wrote in this entry, kept and written back unchanged.
    public var unknownFields: [String: JSONValue] = [:]
    public var note: String?

    public init(id: String, key: String, ruleID: String, state: State, on: Day, until: Day? = nil, note: String? = nil) {
        self.id = id
        self.key = key
        self.ruleID = ruleID
        self.state = state
        self.on = on
        self.until = until
        self.note = note
    }
}

extension ActionLogEntry {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try c.decode(String.self, forKey: AnyCodingKey("id"))
        key = try c.decode(String.self, forKey: AnyCodingKey("key"))
        ruleID = try c.decode(String.self, forKey: AnyCodingKey("ruleID"))
        state = try c.decode(State.self, forKey: AnyCodingKey("state"))
        on = try c.decode(Day.self, forKey: AnyCodingKey("on"))
        until = try c.decodeIfPresent(Day.self, forKey: AnyCodingKey("until"))
        note = try c.decodeIfPresent(String.self, forKey: AnyCodingKey("note"))
        unknownFields = try c.unknownFields(excluding: ["id", "key", "ruleID", "state", "on", "until", "note"])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(id, forKey: AnyCodingKey("id"))
        try c.encode(key, forKey: AnyCodingKey("key"))
        try c.encode(ruleID, forKey: AnyCodingKey("ruleID"))
        try c.encode(state, forKey: AnyCodingKey("state"))
        try c.encode(on, forKey: AnyCodingKey("on"))
        try c.encodeIfPresent(until, forKey: AnyCodingKey("until"))
        try c.encodeIfPresent(note, forKey: AnyCodingKey("note"))
        try c.encodeUnknownFields(unknownFields)
    }
}
