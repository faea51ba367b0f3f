import Foundation
import Testing

/// Numbers and dates typed on the command line are range-checked: a usage error (exit 64)
/// before anything runs, and the store stays readable.
@Suite struct ExtremeArgumentTests {
    private func homeWithAnAction() throws -> (KithHome, String) {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Ana Ruiz", "met": "2026-11-22", "promises": ["send the deck"]}]"#)
        let id = try #require(try home.actionID(containing: "send the deck"), "no action to snooze")
        return (home, id)
    }

    @Test(arguments: [
        ["--days", "1000000000"], ["--days", "2914000"], ["--days", "9223372036854775807"], ["--days", "36501"],
        ["--days", "0"], ["--days", "-5"], ["--until", "3000-01-01"], ["--until", "1899-12-31"],
    ])
    func snoozeRefusesOutOfRangeValues(extra: [String]) throws {
        let (home, id) = try homeWithAnAction()
        let before = home.read("home/store.json")
        let result = try home.run(["snooze", id] + extra)
        #expect(result.exited && result.status == 64, "status \(result.status): \(result.stderr)")
        #expect(result.stderr.contains(extra[0]) || result.stderr.contains(extra[1]), "\(result.stderr)")
        #expect(home.read("home/store.json") == before)
        #expect(try home.run(["contacts"]).status == 0)
    }

    @Test func snoozeAtTheLimitsIsAcceptedAndReadable() throws {
        let (home, id) = try homeWithAnAction()
        #expect(try home.run(["snooze", id, "--days", "36500"]).status == 0)
        #expect(try home.run(["contacts"]).status == 0)
        #expect(try home.run(["today"]).status == 0)
    }

    @Test(arguments: [
        ["who", "x", "--limit", "9223372036854775807"], ["who", "x", "--limit", "100001"],
        ["who", "x", "--limit", "0"],
        ["today", "--limit", "9223372036854775807"], ["today", "--limit", "-1"], ["today", "--date", "3000-01-01"],
        ["log", "Ana Ruiz", "call", "--date", "1066-10-14"], ["calendar", "--days", "9223372036854775807"],
    ])
    func otherCommandsRefuseOutOfRangeValues(arguments: [String]) throws {
        let (home, _) = try homeWithAnAction()
        let result = try home.run(arguments)
        #expect(result.exited && result.status == 64, "\(arguments): status \(result.status): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func aLimitAtTheMaximumRuns() throws {
        let (home, _) = try homeWithAnAction()
        #expect(try home.run(["who", "deck", "--limit", "100000"]).status == 0)
        #expect(try home.run(["today", "--limit", "100000"]).status == 0)
    }
}
