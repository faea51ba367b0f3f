/// A problem in a rules file, naming the file, the rule and the field.
///
/// A problem in one rule leaves the others working; a problem with the whole file (bad JSON,
/// a newer schema) has no rule id.
public struct RuleProblem: Error, CustomStringConvertible, Hashable, Sendable {
    public let file: String
    /// The rule's id, or nil for a problem with the whole file.
    public let ruleID: String?
    /// The rule's position in the file's `rules` list (1-based), when known.
    package let ruleNumber: Int?
    /// The field, as a path: `conditions.all[1].operator`.
    public let field: String
    public let message: String

    public init(file: String, ruleID: String?, ruleNumber: Int?, field: String, message: String) {
        self.file = file
        self.ruleID = ruleID
        self.ruleNumber = ruleNumber
        self.field = field
        self.message = message
    }

    public var description: String {
        var place = file
        if let ruleID {
            place += ": rule '\(ruleID)'"
            if let ruleNumber { place += " (rule \(ruleNumber))" }
        } else if let ruleNumber {
            place += ": rule \(ruleNumber)"
        }
        if !field.isEmpty { place += ", field \(field)" }
        return "\(place): \(message)"
    }
}
