import Foundation

/// Where the coach reads its rules and knowledge, and keeps the solver answers it works out.
public struct CoachFiles: Sendable {
    /// The shipped data folder (rules.json, knowledge.json, synonyms.json).
    public let shippedData: URL
    /// The user's data folder and the files in it.
    public let location: StoreLocation

    public init(shippedData: URL, location: StoreLocation) {
        self.shippedData = shippedData
        self.location = location
    }

    /// The rules kith ships.
    public var shippedRules: URL { shippedData.appendingPathComponent("rules.json") }

    /// The user's own rules file, which adds rules or overrides shipped ones by id.
    public var userRules: URL { location.folder.appendingPathComponent("rules.json") }

    /// The user's rules file when it exists, else the shipped one: what `rules check` reads.
    public var rulesToCheck: URL {
        FileManager.default.fileExists(atPath: userRules.path) ? userRules : shippedRules
    }

    /// Where the solver answers worded in `language` are kept.
    func solverAnswers(language: String) -> URL { location.solverCacheFile(language: language) }
}
