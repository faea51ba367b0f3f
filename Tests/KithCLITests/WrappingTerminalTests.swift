import Foundation
import Testing

/// On a terminal, long lines wrap at word boundaries with a hanging indent; through a pipe,
/// each item stays on one line.
@Suite struct WrappingTerminalTests {
    /// The lines printed, without the terminal's carriage returns.
    func lines(_ output: String) -> [String] {
        output.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
    }

    @Test func todayWrapsAtEightyColumnsOnATerminalOnly() throws {
        let home = try KithHome()
        try home.importDebriefs(
            """
            [{"name": "Luis Pardo", "needs": ["security cameras for his shop and the warehouse next door"]},
             {"name": "Marta Ruiz", "offers": ["installs security camera systems for shops and warehouses"]}]
            """)
        let kith = try #require(builtExecutable(named: "kith"))
        let terminal = try PseudoTerminal(
            executable: kith, arguments: ["today"], environment: home.environment(), columns: 80)
        #expect(terminal.waitForExit() == 0, "output: \(terminal.output)")
        let printed = lines(terminal.output).filter { !$0.isEmpty }
        #expect(printed.allSatisfy { $0.count <= 80 }, "\(printed)")
        // Each wrapped line continues under the text, after "[abcdef] ".
        let continued = printed.filter { !$0.hasPrefix("[") }
        #expect(!continued.isEmpty)
        #expect(continued.allSatisfy { $0.hasPrefix("         ") && $0.dropFirst(9).first != " " }, "\(printed)")
        // No word is cut: every word of the piped output appears whole on the terminal.
        let piped = try home.run(["today"]).stdout
        let terminalWords = Set(printed.flatMap { $0.split(separator: " ") })
        for word in piped.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            #expect(terminalWords.contains(word), "'\(word)' was cut")
        }
        #expect(piped.split(separator: "\n").allSatisfy { $0.hasPrefix("[") }, "a pipe keeps one action per line")
        #expect(piped.split(separator: "\n").contains { $0.count > 80 })
    }

    @Test func theWelcomeAndTheCoachTipsWrapToo() throws {
        let home = try KithHome()
        let kith = try #require(builtExecutable(named: "kith"))
        let terminal = try PseudoTerminal(
            executable: kith, arguments: ["--lang", "es"], environment: home.environment(), columns: 40)
        #expect(terminal.waitFor("kith> "), "output: \(terminal.output)")
        terminal.send("debrief Ana\r")
        #expect(terminal.waitFor("> "))
        terminal.send("congreso\r")
        #expect(terminal.waitFor("  + "))
        terminal.send("\r")
        #expect(terminal.waitFor("  + "))
        terminal.send("\u{03}")
        terminal.send("\u{04}")
        _ = terminal.waitForExit()
        let printed = lines(terminal.output)
        // A line may pass 40 columns only when it is one word (a long path) that cannot break.
        let long = printed.filter { $0.count > 40 && !$0.contains("kith>") && !$0.contains("+ ") && !$0.contains("/7") }
        #expect(long.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).contains(" ") }, "\(long)")
        #expect(printed.contains { $0.hasPrefix("Consejo:") }, "the tip is shown: \(printed)")
    }
}
