import Foundation
import Testing

/// The record stays consistent through a day of use: done introductions keep promises,
/// later meetings count, and a day in the past knows nothing of what came after it.
@Suite struct RecordConsistencyTests {
    @Test func aDoneIntroductionKeepsThePromiseToMakeIt() throws {
        let home = try KithHome()
        try home.importDebriefs(
            """
            [{"name": "Luis Moreno", "met": "2026-11-10", "needs": ["a lawyer for contracts"],
              "promises": ["introduce him to Raquel", "send the slides"]},
             {"name": "Raquel Ortiz", "met": "2026-11-10", "offers": ["lawyer for contracts"]}]
            """)
        let id = try #require(try home.actionID(containing: "Introduce"))
        let done = try home.run(["done", id])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(
            done.stdout.contains(#"That also keeps your promise to Luis Moreno: "introduce him to Raquel""#),
            "\(done.stdout)")
        let luis = try #require(try home.loadNetwork().contacts.first { $0.name == "Luis Moreno" })
        #expect(luis.promises.first { $0.text == "introduce him to Raquel" }?.isOpen == false)
        #expect(luis.promises.first { $0.text == "send the slides" }?.isOpen == true)
        let lines = try home.todayLines()
        #expect(!lines.contains { $0.contains("introduce him to Raquel") }, "\(lines)")
        #expect(lines.contains { $0.contains("send the slides") }, "\(lines)")
    }

    @Test func aSecondMeetingGetsItsOwnFollowUpWordedForSomeoneMetBefore() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Ana Ruiz", "met": "2026-09-01"}]"#)
        #expect(try home.run(["log", "Ana Ruiz", "email", "--date", "2026-09-02"]).status == 0)
        #expect(!(try home.todayLines()).contains { $0.contains("Ana Ruiz") && $0.contains("today") })
        let again = try home.run(["debrief", "Ana Ruiz"], input: "conference\n\n\n\n\n\n")
        #expect(again.status == 0, "\(again.stderr)")
        let lines = try home.todayLines()
        #expect(lines.contains { $0.contains("good to see you again") && $0.contains("Ana Ruiz") }, "\(lines)")
        #expect(!lines.contains { $0.contains("nice to meet you") }, "\(lines)")
    }

    @Test func aDayInThePastIgnoresPeopleMetAfterIt() throws {
        let home = try KithHome()
        try home.importDebriefs(
            #"[{"name": "Ana Ruiz", "met": "2026-11-22"}, {"name": "Old Friend", "met": "2026-10-01"}]"#)
        let before = try home.todayLines(["--date", "2026-11-01"])
        #expect(!before.contains { $0.contains("Ana Ruiz") }, "\(before)")
        let onTheDay = try home.todayLines(["--date", "2026-11-22"])
        #expect(onTheDay.contains { $0.contains("Ana Ruiz") && $0.contains("nice to meet you") }, "\(onTheDay)")
    }
}
