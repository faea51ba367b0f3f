/// Something wrong with a knowledge or synonyms file; matching goes on without the bad part.
///
/// The description names the file and the place: a line and column for broken JSON, an entry
/// number, id and field for a bad entry.
public struct KnowledgeFileProblem: Error, CustomStringConvertible, Hashable, Sendable {
    /// The path of the file.
    public let file: String
    /// 1-based line and column of a JSON syntax error.
    public let line: Int?
    public let column: Int?
    /// 0-based position of a bad entry in the file's list, and its id when it has one.
    public let entryIndex: Int?
    public let entryID: String?
    /// What is wrong, e.g. `entries[3].solvers.en: expected a list`.
    public let detail: String
    /// What kith did about it, e.g. "the file was skipped".
    public let consequence: String
    /// The problem with the whole file, as data the front end words, when the file was refused
    /// by a check every versioned document shares (a newer `schemaVersion`).
    public let fileProblem: FileProblem?

    public init(
        file: String, line: Int? = nil, column: Int? = nil, entryIndex: Int? = nil,
        entryID: String? = nil, detail: String, consequence: String
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.entryIndex = entryIndex
        self.entryID = entryID
        self.detail = detail
        self.consequence = consequence
        fileProblem = nil
    }

    /// The whole file refused: nothing in it was read.
    init(_ problem: FileProblem, consequence: String) {
        file = problem.file
        line = nil
        column = nil
        entryIndex = nil
        entryID = nil
        detail = ""
        self.consequence = consequence
        fileProblem = problem
    }

    public var description: String {
        // A whole-file problem is worded by the front end from its data; this is only its outline.
        if let fileProblem { return "\(file): \(fileProblem.message)" }
        var place = file
        if let line, let column { place += ", line \(line), column \(column)" }
        if let entryIndex {
            place += ", entry \(entryIndex + 1)"
            if let entryID { place += " (id '\(entryID)')" }
        }
        return "\(place): \(detail). \(consequence)"
    }
}
