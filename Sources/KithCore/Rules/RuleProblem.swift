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
    /// The problem with the whole file, as data the front end words, when the file was refused
    /// by a check every versioned document shares (a newer `schemaVersion`).
    public let fileProblem: FileProblem?

    public init(file: String, ruleID: String?, ruleNumber: Int?, field: String, message: String) {
        self.file = file
        self.ruleID = ruleID
        self.ruleNumber = ruleNumber
        self.field = field
        self.message = message
        fileProblem = nil
    }

    /// The whole file refused: nothing in it was read.
    init(_ problem: FileProblem) {
        file = problem.file
        ruleID = nil
        ruleNumber = nil
        field = "schemaVersion"
        message = ""
        fileProblem = problem
    }

    public var description: String {
        // A whole-file problem is worded by the front end from its data; this is only its outline.
        if let fileProblem { return "\(file): \(fileProblem.message)" }
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
