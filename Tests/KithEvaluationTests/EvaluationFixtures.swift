import Foundation
import KithEvaluation

/// The package's evaluation set, loaded and run once for all evaluation tests.
enum EvaluationFixtures {
    /// `<package root>`, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // KithEvaluationTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
    }

    struct Loaded {
        let set: EvaluationSet
        let network: EvaluatedNetwork
        let run: EvaluationRun
        let score: EvaluationScore
    }

    /// Loaded afresh for each test: the matching index keeps working state between questions,
    /// so tests running at once do not share one.
    static func load() throws -> Loaded {
        let (set, network) = try EvaluationFiles(root: packageRoot).load()
        let run = EvaluationRun(set, on: network)
        return Loaded(set: set, network: network, run: run, score: EvaluationScore(run))
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kith-eval-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
