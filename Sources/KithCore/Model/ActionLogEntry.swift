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
