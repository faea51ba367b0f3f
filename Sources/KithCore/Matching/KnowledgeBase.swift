import Foundation

/// What kith knows about needs and who solves them: a catalogue of concepts in English and
/// Spanish, plus synonym groups. Loaded from the shipped `data/` folder and extended by the
/// user's data folder.
///
/// Files: `knowledge.json` (`{"schemaVersion": 2, "concepts": [Concept…]}`; a version-1 file,
/// `{"schemaVersion": 1, "entries": [{"id", "need", "solvers"}…]}`, still loads: its need
/// phrases become the concept's needs and its solvers its roles) and `synonyms.json`
/// (`{"schemaVersion": 1, "groups": [["lawyer", "attorney", "abogado"], …]}`, each group read
/// as one more concept). A user concept with the same `id` as a shipped one replaces it; new ids
/// are added.
public struct KnowledgeBase: Sendable {
    package private(set) var concepts: [Concept]
    /// Groups of terms that mean the same thing, across both languages.
    public private(set) var synonymGroups: [[String]]

    package init(concepts: [Concept] = [], synonymGroups: [[String]] = []) {
        self.concepts = []
        self.synonymGroups = synonymGroups
        merge(concepts)
    }

    /// A knowledge base from version-1 entries (need → needs, solvers → roles).
    package init(entries: [KnowledgeEntry], synonymGroups: [[String]] = []) {
        self.init(concepts: entries.map(Concept.init), synonymGroups: synonymGroups)
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
                KnowledgeFileConcept.self, at: folder.appendingPathComponent("knowledge.json"),
                listKey: { $0 == 1 ? "entries" : "concepts" }, required: required,
                document: .knowledge)
            base.merge(knowledge.entries.map(\.concept))
            problems += knowledge.problems
            let synonyms = KnowledgeFileReader.read(
                SynonymGroup.self, at: folder.appendingPathComponent("synonyms.json"),
                listKey: "groups", required: required, document: .synonyms)
            base.synonymGroups += synonyms.entries.map(\.terms)
            problems += synonyms.problems
        }
        return (base, problems)
    }

    /// Adds concepts; one with an existing id replaces it in place.
    mutating func merge(_ newConcepts: [Concept]) {
        var position: [String: Int] = [:]
        for (index, concept) in concepts.enumerated() { position[concept.id] = index }
        for concept in newConcepts {
            if let index = position[concept.id] {
                concepts[index] = concept
            } else {
                position[concept.id] = concepts.count
                concepts.append(concept)
            }
        }
    }
}

/// One element of a knowledge file's list, read in the shape of the file's schema version.
struct KnowledgeFileConcept: Decodable {
    let concept: Concept

    init(from decoder: Decoder) throws {
        if decoder.userInfo[KnowledgeFileReader.schemaVersionInfo] as? Int == 1 {
            concept = Concept(try KnowledgeEntry(from: decoder))
        } else {
            concept = try Concept(from: decoder)
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
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "a synonym group needs at least two terms")
        }
        guard !terms.contains(where: { TextFolding.tidy($0).isEmpty }) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a term is blank")
        }
    }
}
