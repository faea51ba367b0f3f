/// One debrief: what the user learned about a person at one meeting.
///
/// Typed debriefs and `kith import` records share this shape; only `name` is required.
/// `met` defaults to today when the record is applied.
package struct DebriefRecord: Hashable, Sendable {
    package var name: String
    package var met: Day?
    package var context: String = ""
    package var needs: [String] = []
    package var offers: [String] = []
    package var knows: [String] = []
    package var promises: [String] = []
    package var notes: String = ""
    package var email: String?
    package var phone: String?
    package var company: String?
    package var role: String?
    /// The kind of the interaction recorded (default `met`).
    package var kind: InteractionKind?
    package var tags: [String] = []
    package var birthday: String?

    package init(name: String) {
        self.name = name
    }

    /// The JSON field names a record may carry.
    package static let fieldNames: [String] = [
        "name", "met", "context", "needs", "offers", "knows", "promises", "notes", "email", "phone",
        "company", "role", "kind", "tags", "birthday",
    ]
}
