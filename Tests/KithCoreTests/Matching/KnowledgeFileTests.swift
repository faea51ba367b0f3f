import Foundation
import Testing

@testable import KithCore

/// Loading the shipped knowledge with the user's additions, and reporting bad files.
@Suite struct KnowledgeFileTests {
    typealias F = MatchingFixtures

    func write(_ text: String, to folder: URL, _ name: String = "knowledge.json") throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    @Test func malformedUserFileIsReportedWithLineAndColumnAndDefaultsStillWork() throws {
        let user = try F.temporaryFolder()
        try write(
            """
            {
              "schemaVersion": 1,
              "entries": [
                {"id": "x" "need": {}}
              ]
            }
            """, to: user)
        let (knowledge, problems) = KnowledgeBase.load(defaultsFolder: F.shippedDataFolder, userFolder: user)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.file.hasSuffix("knowledge.json"))
        #expect(problem.file.hasPrefix(user.path))
        #expect(problem.line == 4)
        #expect(problem.column == 16)
        #expect(problem.description.contains("line 4, column 16"))
        #expect(knowledge.concepts.count >= 80)
        let network = Network(contacts: [F.contact("j", "John", role: "physiotherapist")])
        let answer = MatchIndex(network: network, knowledge: knowledge).whoCanHelp("back pain")
        #expect(answer.matches.first?.name == "John")
    }

    @Test func badEntryIsSkippedAndNamedByIdAndField() throws {
        let user = try F.temporaryFolder()
        try write(
            """
            {"schemaVersion": 1, "entries": [
              {"id": "drones", "need": {"en": ["aerial video"], "es": ["vídeo aéreo"]},
               "solvers": {"en": ["drone pilot"], "es": ["piloto de drones"]}},
              {"id": "broken", "need": {"en": "not a list", "es": ["x"]},
               "solvers": {"en": ["y"], "es": ["z"]}}
            ]}
            """, to: user)
        let (knowledge, problems) = KnowledgeBase.load(defaultsFolder: F.shippedDataFolder, userFolder: user)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.entryIndex == 1)
        #expect(problem.entryID == "broken")
        #expect(problem.detail.contains("entries[1].need.en"))
        #expect(problem.description.contains("entry 2 (id 'broken')"))
        #expect(knowledge.concepts.contains { $0.id == "drones" })
        #expect(!knowledge.concepts.contains { $0.id == "broken" })
    }

    @Test func userEntryReplacesShippedEntryWithSameId() throws {
        let user = try F.temporaryFolder()
        try write(
            """
            {"schemaVersion": 1, "entries": [
              {"id": "back-pain", "need": {"en": ["back pain"], "es": ["dolor de espalda"]},
               "solvers": {"en": ["yoga teacher"], "es": ["profesora de yoga"]}}
            ]}
            """, to: user)
        let (shipped, _) = F.shippedKnowledge()
        let (knowledge, problems) = KnowledgeBase.load(defaultsFolder: F.shippedDataFolder, userFolder: user)
        #expect(problems.isEmpty)
        #expect(knowledge.concepts.count == shipped.concepts.count)
        let entry = try #require(knowledge.concepts.first { $0.id == "back-pain" })
        #expect(entry.roles.en == ["yoga teacher"])
        let network = Network(contacts: [
            F.contact("y", "Yara", role: "yoga teacher"),
            F.contact("c", "Cris", role: "chiropractor"),
        ])
        let names = MatchIndex(network: network, knowledge: knowledge).whoCanHelp("back pain").matches.map(\.name)
        #expect(names == ["Yara"])
    }

    @Test func versionTwoUserConceptsExtendTheCatalogueAndBadOnesAreNamed() throws {
        let user = try F.temporaryFolder()
        try write(
            """
            {"schemaVersion": 2, "concepts": [
              {"id": "beekeeping", "needs": {"en": ["bees in the attic"], "es": ["abejas en el desván"]},
               "roles": {"en": ["beekeeper"], "es": ["apicultora"]},
               "activities": {"en": ["removes swarms"], "es": []}, "related": ["pest-control"]},
              {"id": "empty", "needs": {"en": []}, "roles": {"es": []}}
            ]}
            """, to: user)
        let (shipped, _) = F.shippedKnowledge()
        let (knowledge, problems) = KnowledgeBase.load(defaultsFolder: F.shippedDataFolder, userFolder: user)
        #expect(problems.count == 1)
        #expect(problems.first?.entryID == "empty")
        #expect(problems.first?.description.contains("no needs, roles or activities") == true)
        #expect(knowledge.concepts.count == shipped.concepts.count + 1)
        let bees = try #require(knowledge.concepts.first { $0.id == "beekeeping" })
        #expect(bees.activities.en == ["removes swarms"])
        #expect(bees.related == ["pest-control"])
        #expect(bees.name == "removes swarms")
        #expect(bees.spanishName == "abejas en el desván")
    }

    @Test func versionOneUserFileStillLoadsAsConcepts() throws {
        let user = try F.temporaryFolder()
        try write(
            """
            {"schemaVersion": 1, "entries": [
              {"id": "drones", "need": {"en": ["aerial video"], "es": ["vídeo aéreo"]},
               "solvers": {"en": ["drone pilot"], "es": ["piloto de drones"]}}
            ]}
            """, to: user)
        let (knowledge, problems) = KnowledgeBase.load(defaultsFolder: F.shippedDataFolder, userFolder: user)
        #expect(problems.isEmpty)
        let drones = try #require(knowledge.concepts.first { $0.id == "drones" })
        #expect(drones.needs == ConceptTerms(en: ["aerial video"], es: ["vídeo aéreo"]))
        #expect(drones.roles == ConceptTerms(en: ["drone pilot"], es: ["piloto de drones"]))
        #expect(drones.activities.all.isEmpty)
    }

    @Test func newerSchemaVersionIsRefused() throws {
        let user = try F.temporaryFolder()
        try write(
            """
            {"schemaVersion": 3, "concepts": [], "somethingNew": true}
            """, to: user)
        let (knowledge, problems) = KnowledgeBase.load(defaultsFolder: F.shippedDataFolder, userFolder: user)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.fileProblem?.message == .newerVersion(.knowledge, found: 3, newest: 2))
        #expect(problem.fileProblem?.file == problem.file)
        #expect(knowledge.concepts.count >= 80)
    }

    @Test func missingUserFilesAreFine() throws {
        let user = try F.temporaryFolder()
        let (_, problems) = KnowledgeBase.load(defaultsFolder: F.shippedDataFolder, userFolder: user)
        #expect(problems.isEmpty)
    }

    @Test func brokenOrMissingShippedFilesAreProblemsNotCrashes() throws {
        let defaults = try F.temporaryFolder()
        var (knowledge, problems) = KnowledgeBase.load(defaultsFolder: defaults, userFolder: nil)
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.detail.contains("missing") })
        #expect(knowledge.concepts.isEmpty)
        try write("[1, 2", to: defaults)
        try write("{\"schemaVersion\": 1, \"groups\": [[\"a\"]]}", to: defaults, "synonyms.json")
        (knowledge, problems) = KnowledgeBase.load(defaultsFolder: defaults, userFolder: nil)
        #expect(problems.count == 2)
        #expect(problems.contains { $0.line == 1 && $0.file.hasSuffix("knowledge.json") })
        #expect(problems.contains { $0.entryIndex == 0 && $0.file.hasSuffix("synonyms.json") })
        #expect(MatchIndex(network: Network(), knowledge: knowledge).whoCanHelp("x").matches.isEmpty)
    }

    @Test func wrongShapesAreReported() throws {
        let user = try F.temporaryFolder()
        for (text, expected) in [
            ("{\"entries\": []}", "schemaVersion"),
            ("{\"schemaVersion\": 1, \"entries\": {}}", "entries"),
            (
                "{\"schemaVersion\": 1, \"entries\": [{\"id\": \"\", \"need\": {\"en\": [\"a\"], \"es\": [\"b\"]}, \"solvers\": {\"en\": [\"c\"], \"es\": [\"d\"]}}]}",
                "blank"
            ),
            (
                "{\"schemaVersion\": 1, \"entries\": [{\"id\": \"e\", \"need\": {\"en\": [], \"es\": [\"b\"]}, \"solvers\": {\"en\": [\"c\"], \"es\": [\"d\"]}}]}",
                "need.en"
            ),
            (
                "{\"schemaVersion\": 1, \"entries\": [{\"id\": \"e\", \"need\": {\"en\": [\"a\"], \"es\": [\"b\"]}}]}",
                "solvers"
            ),
            ("", "empty"),
        ] {
            try write(text, to: user)
            let (knowledge, problems) = KnowledgeBase.load(defaultsFolder: F.shippedDataFolder, userFolder: user)
            #expect(problems.count == 1, "\(text)")
            #expect(problems.first?.description.contains(expected) == true, "\(problems)")
            #expect(knowledge.concepts.count >= 80)
        }
    }
}
