import Testing

@testable import KithCore

@Suite struct NetworkStatsTests {
    // Monday 2026-11-23.
    let today = Day(year: 2026, month: 11, day: 25)!

    func d(_ month: Int, _ day: Int) -> Day { Day(year: 2026, month: month, day: day)! }

    func network() -> Network {
        var a = Contact(id: "a", name: "A", added: d(1, 1))
        a.interactions = [
            Interaction(date: d(11, 2), kind: .met),  // followed up next day
            Interaction(date: d(11, 3), kind: .followUp),
            Interaction(date: d(11, 20), kind: .meal),
            Interaction(date: d(11, 23), kind: .introduction),
        ]
        a.needs = [
            Need("x", recorded: d(10, 1), solved: d(11, 10)), Need("old", recorded: d(1, 1), solved: d(2, 1)),
            Need("open", recorded: d(11, 1)),
        ]
        var b = Contact(id: "b", name: "B", added: d(1, 1))
        b.interactions = [
            Interaction(date: d(11, 9), kind: .met),  // follow-up 3 days later: too late
            Interaction(date: d(11, 12), kind: .followUp),
            Interaction(date: d(11, 24), kind: .met),  // yesterday, not yet followed up: pending
            Interaction(date: d(11, 23), kind: .introduction),
            Interaction(date: d(1, 5), kind: .met),  // before the window
            Interaction(date: d(11, 26), kind: .call),  // after today: ignored
        ]
        var c = Contact(id: "c", name: "C", added: d(1, 1))
        c.interactions = [Interaction(date: d(11, 25), kind: .met), Interaction(date: d(11, 25), kind: .followUp)]
        return Network(contacts: [a, b, c])
    }

    @Test func numbers() {
        let stats = NetworkStats(network: network(), today: today, weeks: 8)
        #expect(stats.debriefsPerWeek.count == 8)
        #expect(stats.debriefsPerWeek.first?.start == d(10, 5))
        #expect(stats.debriefsPerWeek.last?.start == d(11, 23))
        #expect(stats.debriefsPerWeek.map(\.count) == [0, 0, 0, 0, 1, 1, 1, 2])
        #expect(stats.meetings == 3)
        #expect(stats.followedUp == 2)
        #expect(stats.followUpsPending == 1)
        #expect(stats.followUpRate == 2.0 / 3.0)
        #expect(stats.introductionsMade == 2)
        #expect(stats.needsSolved == 1)
    }

    @Test func emptyNetwork() {
        let stats = NetworkStats(network: Network(), today: today)
        #expect(stats.debriefsPerWeek.count == 12)
        #expect(stats.followUpRate == nil)
    }

    @Test func weekStartsOnMonday() {
        #expect(NetworkStats.weekStart(of: d(11, 23)) == d(11, 23))
        #expect(NetworkStats.weekStart(of: d(11, 29)) == d(11, 23))
        #expect(
            NetworkStats.weekStart(of: Day(year: 1969, month: 12, day: 31)!) == Day(year: 1969, month: 12, day: 29)!)
    }

    @Test func bars() {
        let lines = TextBars.render(
            [
                .init(label: "wk 1", value: 0), .init(label: "week 2", value: 1),
                .init(label: "w3", value: 10),
            ], width: 20)
        #expect(lines == ["wk 1   0", "week 2 ██ 1", "w3     ████████████████████ 10"])
        #expect(TextBars.render([.init(label: "a", value: 0)], width: 5) == ["a 0"])
        #expect(TextBars.render([], width: 5).isEmpty)
    }
}
