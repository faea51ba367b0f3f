import Foundation
import KithCore
import Testing

@testable import KithEvaluation

/// The evaluation set is fit to measure with, and the runner scores it.
@Suite("Evaluation set")
struct EvaluationSetTests {
    typealias F = EvaluationFixtures

    @Test func theShippedSetIsFitToMeasureWith() throws {
        let loaded = try F.load()
        #expect(EvaluationSetCheck.problems(in: loaded.set, network: loaded.network.network) == [])
        #expect(loaded.network.network.contacts.count >= 60)
        #expect(loaded.set.who.count >= 100)
        let spanish = loaded.set.who.filter { $0.language == "es" }.count
        let english = loaded.set.who.filter { $0.language == "en" }.count
        #expect(spanish + english == loaded.set.who.count)
        #expect(
            abs(spanish - english) * 10 <= loaded.set.who.count,
            "about half in each language: \(spanish) es, \(english) en")
        #expect(loaded.set.whoNeeds.count >= 20)
        #expect(Set(loaded.set.whoNeeds.map(\.language)) == ["en", "es"])
        #expect(loaded.set.pairs.count >= 60)
        #expect(loaded.set.pairs.contains { $0.verdict == .introduce && $0.kind == "cross-language" })
        #expect(loaded.set.pairs.contains { $0.verdict == .dont })
    }

    @Test func theRunnerScoresEveryQuestionAndPair() throws {
        let loaded = try F.load()
        let score = loaded.score
        #expect(score.who.total == loaded.set.who.count)
        #expect(score.whoNeeds.total == loaded.set.whoNeeds.count)
        #expect(score.introduce.total + score.dont.total == loaded.set.pairs.count)
        #expect(score.questions.total == score.who.total + score.whoNeeds.total)
        #expect(score.questions.acceptableFirst <= score.questions.total)
        #expect((1...EvaluationGoals.actionLimit).contains(loaded.run.shownActions))
        // A pair counts as suggested only through an action that names both people.
        for pair in loaded.run.pairs {
            let ids = [pair.expectation.needer, pair.expectation.solver].compactMap(loaded.network.contactID(named:))
            #expect(ids.count == 2)
            for action in pair.actions { #expect(Set(ids).isSubset(of: action.contactIDs)) }
        }
        // An outcome passes exactly when its first answer is acceptable.
        for outcome in loaded.run.who + loaded.run.whoNeeds {
            #expect(outcome.passed == (outcome.first.map { outcome.expectation.acceptable.contains($0.name) } ?? false))
        }
    }

    @Test func whoQuestionsAreAskedAsTheCommandAsksThem() throws {
        let loaded = try F.load()
        // "who can …" is read as a question about solvers, "needs …" about needers.
        #expect(loaded.network.who("who can fix a leaking pipe").direction == .canHelp)
        let needs = loaded.network.who("needs a photographer")
        #expect(needs.direction == .needs)
        #expect(!needs.answer.matches.isEmpty)
        #expect(needs.answer.matches.allSatisfy { $0.kind == .need })
    }
}

/// Broken or unfit evaluation sets are refused with a message naming the entry.
@Suite("Evaluation set problems")
struct EvaluationSetProblemTests {
    typealias F = EvaluationFixtures

    @Test func aNameNotInTheNetworkIsNamed() throws {
        let loaded = try F.load()
        var set = loaded.set
        set.who[0].acceptable = ["Nobody Atall"]
        set.pairs[0].solver = "Somebody Else"
        let problems = EvaluationSetCheck.problems(in: set, network: loaded.network.network)
        #expect(problems.contains { $0.hasPrefix("who 1 (") && $0.contains("nobody called 'Nobody Atall'") })
        #expect(problems.contains { $0.hasPrefix("pair 1 (") && $0.contains("'Somebody Else'") })
    }

    @Test func aQuestionReadTheOtherWayIsNamed() throws {
        let loaded = try F.load()
        var set = loaded.set
        set.who[1].query = "needs a plumber"
        set.whoNeeds[0].query = "plumber"
        let problems = EvaluationSetCheck.problems(in: set, network: loaded.network.network)
        #expect(problems.contains { $0.contains("who 2 ('needs a plumber')") && $0.contains("reads it as needs") })
        #expect(problems.contains { $0.contains("whoNeeds 1 ('plumber')") && $0.contains("reads it as canHelp") })
    }

    @Test func aSmallOrOneSidedSetIsRefused() throws {
        let loaded = try F.load()
        var set = loaded.set
        set.who = set.who.filter { $0.language == "en" }
        set.whoNeeds = Array(set.whoNeeds.prefix(3))
        set.pairs = set.pairs.filter { $0.verdict == .introduce }
        let problems = EvaluationSetCheck.problems(in: set, network: loaded.network.network)
        #expect(problems.contains { $0.contains("who has \(set.who.count) questions") })
        #expect(problems.contains { $0.contains("of the who questions are in 'es'") })
        #expect(problems.contains { $0.contains("whoNeeds has 3 questions") })
        #expect(problems.contains("pairs has no 'dont' pair"))
        #expect(problems.contains("pairs has no 'dont' pair of the kind 'cartera'"))
    }

    @Test func aPairJudgedTwiceOrWithoutANeedIsNamed() throws {
        let loaded = try F.load()
        var set = loaded.set
        var twice = set.pairs[0]
        (twice.needer, twice.solver) = (twice.solver, twice.needer)
        set.pairs.append(twice)
        set.pairs.append(
            PairExpectation(
                needer: "Sam Taylor", solver: "Lucía Herrera", verdict: .introduce,
                kind: "same-language", reason: "Sam has no need"))
        let problems = EvaluationSetCheck.problems(in: set, network: loaded.network.network)
        #expect(problems.contains { $0.contains("is judged twice") })
        #expect(problems.contains { $0.contains("Sam Taylor has no need") })
    }

    @Test func aNewerSchemaVersionIsRefused() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("expectations.json")
        try Data(
            #"{"schemaVersion": 2, "network": "n.json", "day": "2026-12-01", "who": [], "whoNeeds": [], "pairs": []}"#
                .utf8
        ).write(to: file)
        let error = #expect(throws: EvaluationFileError.self) { try EvaluationSet.load(from: file) }
        #expect(error?.description.contains("schemaVersion 2 is newer") == true)
        #expect(error?.description.contains(file.path) == true)
    }

    @Test func brokenJSONNamesTheLineAndAMissingFileSaysSo() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("expectations.json")
        try Data("{\n  \"schemaVersion\": 1,\n  \"who\": [,\n}".utf8).write(to: file)
        let broken = #expect(throws: EvaluationFileError.self) { try EvaluationSet.load(from: file) }
        #expect(broken?.description.contains("invalid JSON at line 3") == true)
        let missing = #expect(throws: EvaluationFileError.self) {
            try EvaluationSet.load(from: folder.appendingPathComponent("absent.json"))
        }
        #expect(missing?.description.contains("missing") == true)
    }
}

/// How outcomes turn into the figures and the goals.
@Suite("Evaluation score")
struct EvaluationScoreTests {
    static func outcome(first: String?, acceptable: [String], decoys: [String] = []) -> QueryOutcome {
        let answers =
            first.map { [WhoMatch(contactID: "x", name: $0, score: 1, reason: "offers: x", kind: .offer)] } ?? []
        return QueryOutcome(
            expectation: QueryExpectation(query: "q", language: "en", acceptable: acceptable, decoys: decoys),
            answers: answers)
    }

    @Test func aDecoyFirstFailsAndIsCounted() {
        let decoy = Self.outcome(first: "Tom", acceptable: ["Marina"], decoys: ["Tom"])
        #expect(!decoy.passed)
        #expect(decoy.decoyFirst)
        #expect(decoy.acceptableRank == nil)
        let nobody = Self.outcome(first: nil, acceptable: ["Marina"])
        #expect(!nobody.passed && !nobody.decoyFirst)
        let good = Self.outcome(first: "Marina", acceptable: ["Marina"], decoys: ["Tom"])
        #expect(good.passed && !good.decoyFirst && good.acceptableRank == 1)
    }

    @Test func percentagesRoundToOneDecimalAndEmptyCountsAsZero() {
        #expect(EvaluationScore.percent(2, of: 3) == 66.7)
        #expect(EvaluationScore.percent(19, of: 20) == 95)
        #expect(EvaluationScore.percent(0, of: 0) == 0)
    }

    @Test func theGoalsNeedEveryPart() {
        let pair = PairExpectation(needer: "a", solver: "b", verdict: .dont, kind: "cartera", reason: "r")
        let passing = (0..<19).map { _ in Self.outcome(first: "A", acceptable: ["A"]) }
        let run = EvaluationRun(
            who: passing + [Self.outcome(first: "B", acceptable: ["A"])], whoNeeds: [],
            pairs: [PairOutcome(expectation: pair, actions: [])], shownActions: 0, unjudgedPairActions: [])
        let score = EvaluationScore(run)
        #expect(score.questions.percent == 95)
        #expect(score.meetsQuestionGoal && score.meetsDontGoal)
        // No introduce pair at all is 0%, below the goal.
        #expect(!score.meetsIntroduceGoal)
        #expect(!score.meetsGoals)
    }
}

extension EvaluationSetProblemTests {
    @Test func aMissingFieldIsNamed() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("expectations.json")
        try Data(
            #"{"schemaVersion": 1, "network": "n.json", "day": "2026-12-01", "who": [{"query": "plumber"}], "whoNeeds": [], "pairs": []}"#
                .utf8
        ).write(to: file)
        let error = #expect(throws: EvaluationFileError.self) { try EvaluationSet.load(from: file) }
        #expect(error?.description.contains("'language' is missing") == true)
    }
}

extension EvaluationSetTests {
    @Test func twoRunsGiveTheSameIdsAndTheSameScore() throws {
        let (first, second) = (try F.load(), try F.load())
        #expect(first.network.network.contacts.map(\.id) == second.network.network.contacts.map(\.id))
        #expect(first.score == second.score)
        #expect(first.run.pairs.map(\.suggested) == second.run.pairs.map(\.suggested))
    }
}
