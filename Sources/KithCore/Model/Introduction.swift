/// An introduction between two contacts: who, why, and how far it got.
///
/// Shown on both contacts. With the double opt-in style each person is asked first
/// (`askedFirst`, `askedSecond`) before they are connected (`made`). Some days after it is made,
/// the check-in rule asks how it went (`followedUp`, `outcome`).
public struct Introduction: Hashable, Sendable, Codable {
    /// The person with the need (asked first under double opt-in).
    public var first: ContactID
    /// The person who can help.
    public var second: ContactID
    /// Why they should meet, e.g. the need one has and the other solves.
    public var why: String
    /// The day the user first acted on the suggestion.
    public var suggested: Day
    public var askedFirst: Day?
    public var askedSecond: Day?
    /// The day the two were put in touch.
    public var made: Day?
    /// The day the user asked how it went.
    public var followedUp: Day?
    /// What came of it, in the user's words.
    public var outcome: String?
    /// Fields a newer kith wrote in this introduction, kept and written back unchanged.
    public var unknownFields: [String: JSONValue] = [:]

    public init(first: ContactID, second: ContactID, why: String, suggested: Day) {
        self.first = first
        self.second = second
        self.why = why
        self.suggested = suggested
    }

    /// True when the introduction is between `a` and `b`, in either order.
    public func connects(_ a: ContactID, _ b: ContactID) -> Bool {
        (first == a && second == b) || (first == b && second == a)
    }

    /// True when `id` is one of the two people.
    public func involves(_ id: ContactID) -> Bool { first == id || second == id }
}
