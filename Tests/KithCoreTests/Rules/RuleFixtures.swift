import Foundation

@testable import KithCore

/// Shared fixtures: the shipped rules, a fixed "today", and small contacts.
enum RuleFixtures {
    static let today = Day("2026-06-15")!

    static var rulesFileURL: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data/rules.json")
    }

    /// The shipped rules file's contents and name, as `RuleLoader.load(defaults:user:)` takes them.
    static var shippedDefaults: (Data, String) {
        ((try? Data(contentsOf: rulesFileURL)) ?? Data(), "data/rules.json")
    }

    static func shippedRules() throws -> RuleSet {
        let data = try Data(contentsOf: rulesFileURL)
        let load = RuleLoader.load(defaults: (data, "data/rules.json"), user: nil)
        guard load.problems.isEmpty else {
            throw FixtureError(text: load.problems.map(\.description).joined(separator: "\n"))
        }
        return load.rules
    }

    static func only(_ ids: String...) throws -> RuleSet {
        let all = try shippedRules()
        return RuleSet(rules: all.rules.filter { ids.contains($0.id) })
    }

    static func day(_ offset: Int) -> Day { today.adding(days: offset) }

    static func contact(_ id: String, _ name: String, added: Int = -400, interactions: [(Int, InteractionKind)] = [])
        -> Contact
    {
        var c = Contact(id: id, name: name, added: day(added))
        c.interactions = interactions.map { Interaction(date: day($0.0), kind: $0.1) }
        return c
    }

    static func run(_ network: Network, _ rules: RuleSet, today: Day = today) -> [SuggestedAction] {
        actions(for: network, today: today, rules: rules, finder: TokenOverlapFinder(network: network))
    }

    /// Loads a rules file given as text, as the user's file.
    static func problems(_ json: String, name: String = "my-rules.json") -> [RuleProblem] {
        RuleLoader.load(defaults: shippedDefaults, user: (Data(json.utf8), name)).problems
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let text: String
    var description: String { text }
}
