/// One debrief: what the user learned about a person at one meeting.
///
/// Typed debriefs and `kith import` records share this shape; only `name` is required.
/// `met` defaults to today when the record is applied.
public struct DebriefRecord: Hashable, Sendable {
    public var name: String
    public var met: Day?
    public var context: String = ""
    public var needs: [String] = []
    public var offers: [String] = []
    public var knows: [String] = []
    public var promises: [String] = []
    public var notes: String = ""
    public var email: String?
    public var phone: String?
    public var company: String?
    public var role: String?
    /// The kind of the interaction recorded (default `met`).
    public var kind: InteractionKind?
    public var tags: [String] = []
    public var birthday: String?

    public init(name: String) {
        self.name = name
    }

    /// The JSON field names a record may carry.
    package static let fieldNames: [String] = [
        "name", "met", "context", "needs", "offers", "knows", "promises", "notes", "email", "phone",
        "company", "role", "kind", "tags", "birthday",
    ]
}
