import Foundation
import Testing

@testable import KithCore

/// The coach keeps what it derives from the store until the store changes, and keeps the
/// matching index across changes that leave every searchable text alone.
struct CoachTests {
    let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_500)

    /// A coach over a saved synthetic network in a fresh data folder.
    private func coach(rulesFile: String? = nil) throws -> Coach {
        let folder = try MatchingFixtures.temporaryFolder()
        let location = StoreLocation(folder: folder)
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        let network = SyntheticNetwork.make(size: 40, seed: 3, today: today, knowledge: knowledge)
        try AtomicFileWriter().write(try StoreCodec.encode(network), to: location.storeFile)
        if let rulesFile { try Data(rulesFile.utf8).write(to: location.folder.appendingPathComponent("rules.json")) }
        let store = Store(location: location)
        try store.load()
        return Coach(
            store: store, files: CoachFiles(shippedData: MatchingFixtures.shippedDataFolder, location: location),
            today: today)
    }

    @Test func keepsTheIndexWhenOnlyHistoryChangesAndRebuildsItWhenTextChanges() throws {
        let coach = try coach()
        let index = coach.index
        #expect(coach.index === index)
        try coach.store.update { $0.contacts[0].interactions.append(Interaction(date: today, kind: .meal)) }
        #expect(coach.index === index)
        try coach.store.update { $0.contacts[0].offers.append(DatedText("tax advice", recorded: today)) }
        #expect(coach.index !== index)
    }

    @Test func worksOutMatchesAgainOnlyAfterTheStoreChanges() throws {
        let coach = try coach()
        let before = coach.actions()
        #expect(!before.isEmpty)
        let finder = coach.finder()
        #expect(coach.finder() === finder)
        let first = try #require(before.first)
        try coach.store.update { network in network.markDone(first, note: nil, today: today) }
        let after = coach.actions()
        #expect(!after.contains { $0.id == first.id })
        // Nothing searchable changed: the solver answers are kept.
        #expect(coach.finder() === finder)
    }

    @Test func savesTheSolverAnswersBesideTheStore() throws {
        let coach = try coach()
        _ = coach.matches()
        let file = coach.files.location.solverCacheFile
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test func readsTheUsersRulesFileFromTheDataFolderAndReportsItsProblems() throws {
        let coach = try coach(
            rulesFile: """
                {"schemaVersion": 1, "rules": [{"id": "reconnect", "enabled": false},
                 {"id": "broken", "appliesTo": "nobody"}]}
                """)
        #expect(coach.files.userRules == coach.files.location.folder.appendingPathComponent("rules.json"))
        #expect(coach.files.rulesToCheck == coach.files.userRules)
        let load = coach.rules()
        #expect(load.rules["reconnect"] == nil)
        #expect(load.rules["reconnect-overdue"] != nil)
        #expect(load.problems.contains { $0.ruleID == "broken" })
    }
}
