/// The debrief's questions, in the order they are asked.
package enum DebriefQuestion: String, CaseIterable, Codable, Sendable {
    case name, context, needs, offers, knows, promises, notes

    /// True when the answer is a list (one item per line, ended by an empty line).
    package var isList: Bool {
        switch self {
        case .needs, .offers, .knows, .promises: return true
        case .name, .context, .notes: return false
        }
    }

    /// The question's position, 1-based, as shown to the user.
    package var number: Int { DebriefQuestion.allCases.firstIndex(of: self)! + 1 }
}
