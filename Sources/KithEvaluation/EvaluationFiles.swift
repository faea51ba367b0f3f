import Foundation
import KithCore

/// Where the evaluation lives in the package, and loading it all at once.
public struct EvaluationFiles {
    /// The package root: `eval/` and `data/` are under it.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public var expectations: URL { root.appendingPathComponent("eval/expectations.json") }
    public var data: URL { root.appendingPathComponent("data") }

    /// The expectations and the network they are about, loaded on the set's day.
    public func load() throws -> (set: EvaluationSet, network: EvaluatedNetwork) {
        let set = try EvaluationSet.load(from: expectations)
        guard let day = set.evaluationDay else {
            throw EvaluationFileError(
                path: expectations.path, reason: "'day' must be a date like 2026-12-01, not '\(set.day)'")
        }
        let networkFile = expectations.deletingLastPathComponent().appendingPathComponent(set.network)
        return (set, try EvaluatedNetwork(networkFile: networkFile, dataFolder: data, today: day))
    }
}
