import Foundation
import KithCore

/// What a thoughtful networker expects from the evaluation network (`eval/expectations.json`).
///
/// `who` and `whoNeeds` hold questions typed as after `kith who`, each with the names that are
/// a fine first answer and the decoys that must never come first. `pairs` judge whether a
/// needer and a solver should be introduced. `day` is the day the network is evaluated on.
public struct EvaluationSet: Codable, Sendable {
    /// The highest `schemaVersion` this code reads.
    public static let supportedVersion = 1

    public var schemaVersion: Int
    public var about: String?
    /// The network file, relative to the expectations file.
    public var network: String
    /// The evaluation day, `YYYY-MM-DD`.
    public var day: String
    public var who: [QueryExpectation]
    public var whoNeeds: [QueryExpectation]
    public var pairs: [PairExpectation]

    /// Reads and decodes `url`, refusing a version newer than this code knows.
    public static func load(from url: URL) throws -> EvaluationSet {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EvaluationFileError(path: url.path, reason: "the file is missing or unreadable")
        }
        if case .object(let root)? = try? JSONDecoder().decode(JSONValue.self, from: data),
            case .number(let version)? = root["schemaVersion"], Int(version) > supportedVersion
        {
            throw EvaluationFileError(
                path: url.path,
                reason: "schemaVersion \(Int(version)) is newer than this kith-eval reads (\(supportedVersion))")
        }
        do {
            return try JSONDecoder().decode(EvaluationSet.self, from: data)
        } catch {
            let syntax = JSONSyntaxLocator.firstProblem(in: data).map { "invalid JSON at \($0)" }
            throw EvaluationFileError(
                path: url.path, reason: syntax ?? "not an evaluation set: \(DecodingErrorText.describe(error))")
        }
    }

    /// The evaluation day, when `day` is a valid date.
    public var evaluationDay: Day? { Day(day) }
}

/// One `who` or `who needs` question and the answers a networker would accept first.
public struct QueryExpectation: Codable, Sendable, Hashable {
    /// As typed after `kith who`: `my tap keeps dripping`, `needs a photographer`.
    public var query: String
    /// `en` or `es`.
    public var language: String
    public var acceptable: [String]
    public var decoys: [String]
}

/// Whether two people should be introduced.
public struct PairExpectation: Codable, Sendable, Hashable {
    public enum Verdict: String, Codable, Sendable {
        case introduce
        case dont
    }

    /// The person with the need.
    public var needer: String
    /// The person who would solve it (or who only seems to, for `dont`).
    public var solver: String
    public var verdict: Verdict
    /// `cross-language`, `same-language`, or the decoy kind (`cartera`, `back-garden`, …).
    public var kind: String
    public var reason: String
}

/// An evaluation file that cannot be read, naming the file and the problem.
public struct EvaluationFileError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "the evaluation file \(path) cannot be used: \(reason)" }
}
