import Foundation

/// One kind of JSON document kith keeps, and the highest `schemaVersion` of it this kith reads
/// (the version it writes).
///
/// Every reader checks a document's version here, so a document written by a newer kith is
/// refused the same way everywhere: with a `FileProblem` carrying the version found and the
/// newest this kith reads, which the front end words.
public struct VersionedDocument: Hashable, Sendable {
    /// Which document.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case store, rules, knowledge, synonyms, prompts, draft, undoJournal, forgottenArchive, syncState
    }

    public let kind: Kind
    /// The highest `schemaVersion` this kith reads, and the one it writes.
    public let newestVersion: Int

    /// `store.json`; older versions are migrated on load (see `StoreMigration`).
    public static let store = VersionedDocument(kind: .store, newestVersion: 2)
    /// The shipped and the user's `rules.json`.
    public static let rules = VersionedDocument(kind: .rules, newestVersion: 1)
    /// `knowledge.json`; version 1 (need and solver entries) still loads.
    public static let knowledge = VersionedDocument(kind: .knowledge, newestVersion: 2)
    /// `synonyms.json`.
    public static let synonyms = VersionedDocument(kind: .synonyms, newestVersion: 1)
    /// `prompts/<language>.json`; a file without a version is read as version 1.
    public static let prompts = VersionedDocument(kind: .prompts, newestVersion: 1)
    /// The unfinished debrief; a draft without a version is read as version 1.
    public static let draft = VersionedDocument(kind: .draft, newestVersion: 1)
    /// `undo.json`.
    public static let undoJournal = VersionedDocument(kind: .undoJournal, newestVersion: 1)
    /// `forgotten.json`, the archive of forgotten people.
    public static let forgottenArchive = VersionedDocument(kind: .forgottenArchive, newestVersion: 1)
    /// `sync-state.json`, each card as it was last synced.
    public static let syncState = VersionedDocument(kind: .syncState, newestVersion: 1)

    /// Whether this kith reads a document of `version`.
    public func reads(_ version: Int) -> Bool {
        version <= newestVersion
    }

    /// Refuses the document `data`, read from `file`, when it is not valid JSON (naming the line
    /// and column) or when its `schemaVersion` is newer than this kith reads. A document without
    /// a `schemaVersion` passes: each reader decides what that means for its document.
    public func check(_ data: Data, in file: String) throws(FileProblem) {
        if let syntax = JSONSyntaxLocator.firstProblem(in: data) {
            throw FileProblem(
                file: file, place: .position(line: syntax.line, column: syntax.column), message: .detail(syntax.reason))
        }
        if let version = Self.writtenVersion(in: data) {
            try check(version, in: file)
        }
    }

    /// The `schemaVersion` a JSON document gives, if any.
    public static func writtenVersion(in data: Data) -> Int? {
        (try? JSONDecoder().decode(VersionProbe.self, from: data))?.schemaVersion
    }

    /// Just the version of a document.
    private struct VersionProbe: Decodable {
        let schemaVersion: Int?
    }

    /// Refuses a document of `version` in `file` when it is newer than this kith reads.
    public func check(_ version: Int, in file: String) throws(FileProblem) {
        guard reads(version) else { throw refusal(of: version, in: file) }
    }

    /// The problem of a document of `version`, newer than this kith reads, in `file`.
    public func refusal(of version: Int, in file: String) -> FileProblem {
        FileProblem(file: file, message: .newerVersion(kind, found: version, newest: newestVersion))
    }
}
