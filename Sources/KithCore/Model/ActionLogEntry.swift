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

    public init(id: String, key: String, ruleID: String, state: State, on: Day, until: Day? = nil, note: String? = nil)
    {
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
        self.init(
            id: try c.decode(String.self, forKey: ActionLogField.id.key),
            key: try c.decode(String.self, forKey: ActionLogField.key.key),
            ruleID: try c.decode(String.self, forKey: ActionLogField.ruleID.key),
            state: try c.decode(State.self, forKey: ActionLogField.state.key),
            on: try c.decode(Day.self, forKey: ActionLogField.on.key))
        for field in ActionLogField.allCases {
            switch field {
            case .id, .key, .ruleID, .state, .on: break
            case .note: note = try c.decodeIfPresent(String.self, forKey: field.key)
            case .until: until = try c.decodeIfPresent(Day.self, forKey: field.key)
            }
        }
        unknownFields = try c.unknownFields(excluding: ActionLogField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in ActionLogField.allCases {
            switch field {
            case .id: try c.encode(id, forKey: field.key)
            case .key: try c.encode(key, forKey: field.key)
            case .note: try c.encodeIfPresent(note, forKey: field.key)
            case .on: try c.encode(on, forKey: field.key)
            case .ruleID: try c.encode(ruleID, forKey: field.key)
            case .state: try c.encode(state, forKey: field.key)
            case .until: try c.encodeIfPresent(until, forKey: field.key)
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}
