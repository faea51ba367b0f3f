import Foundation

/// What kith knows about common needs and who solves them, plus synonym groups, in English and
/// Spanish. Loaded from the shipped `data/` folder and extended by the user's data folder.
///
/// Files: `knowledge.json` (`{"schemaVersion": 1, "entries": [KnowledgeEntry…]}`) and
/// `synonyms.json` (`{"schemaVersion": 1, "groups": [["lawyer", "attorney", "abogado"], …]}`).
/// A user entry with the same `id` as a shipped one replaces it; new ids are added. User synonym
/// groups are added to the shipped ones.
public struct KnowledgeBase: Sendable {
    /// The newest file schema this build reads.
    public static let currentSchemaVersion = 1

    public private(set) var entries: [KnowledgeEntry]
    /// Groups of terms that mean the same thing, across both languages.
    public private(set) var synonymGroups: [[String]]

    public init(entries: [KnowledgeEntry] = [], synonymGroups: [[String]] = []) {
        self.entries = []
        self.synonymGroups = synonymGroups
        merge(entries)
    }

    /// The empty knowledge base: matching then uses only the words themselves.
    public static let empty = KnowledgeBase()

    /// Loads the shipped files from `defaultsFolder`, then the user's from `userFolder`.
    ///
    /// Never throws: a problem with any file (missing shipped file, broken JSON, bad entry,
    /// newer schema) is returned, and everything that could be read is used.
    public static func load(defaultsFolder: URL, userFolder: URL?) -> (KnowledgeBase, [KnowledgeFileProblem]) {
        var base = KnowledgeBase()
        var problems: [KnowledgeFileProblem] = []
        var folders = [(defaultsFolder, true)]
        if let userFolder { folders.append((userFolder, false)) }
        for (folder, required) in folders {
            let knowledge = KnowledgeFileReader.read(
                KnowledgeEntry.self, at: folder.appendingPathComponent("knowledge.json"),
                listKey: "entries", required: required)
            base.merge(knowledge.entries)
            problems += knowledge.problems
            let synonyms = KnowledgeFileReader.read(
                SynonymGroup.self, at: folder.appendingPathComponent("synonyms.json"),
                listKey: "groups", required: required)
            base.synonymGroups += synonyms.entries.map(\.terms)
            problems += synonyms.problems
        }
        return (base, problems)
    }

    /// Adds entries; one with an existing id replaces it in place.
    mutating func merge(_ newEntries: [KnowledgeEntry]) {
        var position: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { position[entry.id] = index }
        for entry in newEntries {
            if let index = position[entry.id] {
                entries[index] = entry
            } else {
                position[entry.id] = entries.count
                entries.append(entry)
            }
        }
    }
}

/// One synonym group as written in `synonyms.json`: at least two non-blank terms.
struct SynonymGroup: Decodable {
    let terms: [String]

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        terms = try container.decode([String].self)
        guard terms.count >= 2 else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "a synonym group needs at least two terms")
        }
        guard !terms.contains(where: { TextFolding.tidy($0).isEmpty }) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a term is blank")
        }
    }
}
