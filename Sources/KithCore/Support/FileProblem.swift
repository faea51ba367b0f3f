/// Something wrong in one of kith's own files (the store, rules, knowledge, prompts, a draft, the
/// undo journal, the archive of forgotten people): the file, where in it, and what, as data the
/// front end words in the user's language.
public struct FileProblem: Error, Hashable, Sendable {
    /// Where in the file.
    public enum Place: Hashable, Sendable {
        /// The file as a whole.
        case wholeFile
        /// A 1-based line and column, for broken JSON.
        case position(line: Int, column: Int)
        /// An entry and field, as a path: `rules[3].conditions.all[1]`.
        case entry(path: String)
    }

    /// What is wrong.
    public enum Message: Hashable, Sendable {
        /// Written by a newer kith: the document, its `schemaVersion` and the newest this kith reads.
        case newerVersion(VersionedDocument.Kind, found: Int, newest: Int)
        /// A detail worded by the reader that found it (the JSON syntax locator, a decoder).
        case detail(String)
    }

    public var file: String
    public var place: Place
    public var message: Message

    public init(file: String, place: Place = .wholeFile, message: Message) {
        self.file = file
        self.place = place
        self.message = message
    }
}
