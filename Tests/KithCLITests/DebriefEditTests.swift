import Foundation
import Testing

/// At the debrief's summary, "e N" edits the answer starting from what it holds.
@Suite struct DebriefEditTests {
    @Test func editingAListKeepsChangesAndRemovesItemsAndAnEmptyLineWipesNothing() throws {
        let home = try KithHome()
        let kith = try #require(builtExecutable(named: "kith"))
        let terminal = try PseudoTerminal(
            executable: kith, arguments: ["debrief", "Luis Pardo"], environment: home.environment())
        func type(_ line: String, until prompt: String) {
            terminal.send(line + "\r")
            #expect(terminal.waitFor(prompt), "no \(prompt.debugDescription); output: \(terminal.output)")
        }
        #expect(terminal.waitFor("> "))
        type("breakfast", until: "  + ")
        type("cameras", until: "  + ")
        type("a lawyer", until: "  + ")
        type("an accountant", until: "  + ")
        type("", until: "  + ")
        type("", until: "  + ")
        type("", until: "  + ")
        type("", until: "> ")
        type("", until: "[s]ave")
        // Edit 3: keep "cameras", change "a lawyer", remove "an accountant", add one more.
        type("e 3", until: "~ ")
        type("", until: "~ ")
        type("a tax lawyer", until: "~ ")
        type("-", until: "  + ")
        type("a van", until: "  + ")
        type("", until: "[s]ave")
        // Edit 2 with an empty line keeps the answer.
        type("e 2", until: "> ")
        type("", until: "[s]ave")
        type("s", until: "Saved")
        _ = terminal.waitForExit()
        let luis = try #require(try home.loadNetwork().contacts.first)
        #expect(luis.needs.map(\.text) == ["cameras", "a tax lawyer", "a van"])
        #expect(luis.interactions.first?.note == "breakfast")
    }
}
