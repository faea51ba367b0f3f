import Glibc
import Testing

/// Starts kith-line-demo on a pseudo-terminal and waits until `ready` appears
/// (the first prompt; the plain reader prints none).
private func startDemo(
    arguments: [String] = [], environment: [String: String] = [:], ready: String = "> "
) throws -> PseudoTerminal {
    let path = try #require(builtExecutable(named: "kith-line-demo"), "kith-line-demo was not built")
    let terminal = try PseudoTerminal(executable: path, arguments: arguments, environment: environment)
    #expect(terminal.waitFor(ready), "not ready; output: \(terminal.output)")
    return terminal
}

/// Types `input` and waits for the demo's echo of `expected` and, unless `prompted`
/// is false, the next prompt.
private func enter(_ input: String, expecting expected: String, on terminal: PseudoTerminal, prompted: Bool = true) {
    terminal.send(input)
    #expect(terminal.waitFor("got: \(expected)\r\n"), "output: \(terminal.output)")
    if prompted {
        #expect(terminal.waitFor("> "), "output: \(terminal.output)")
    }
}

@Suite struct LineEditorTerminalTests {
    @Test func readsLinesAndRecallsHistory() throws {
        let terminal = try startDemo()
        enter("hello\r", expecting: "hello", on: terminal)
        enter("\u{1b}[A\r", expecting: "hello", on: terminal)
        terminal.send("\u{04}")
        #expect(terminal.waitFor("bye (terminal cooked)"), "output: \(terminal.output)")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func ctrlCCancelsTheLineAndTheProgramGoesOn() throws {
        let terminal = try startDemo()
        terminal.send("abc")
        #expect(terminal.waitFor("abc"))
        terminal.send("\u{03}")
        #expect(terminal.waitFor("^C\r\ninterrupted\r\n"), "output: \(terminal.output)")
        #expect(terminal.waitFor("> "))
        enter("world\r", expecting: "world", on: terminal)
        #expect(!terminal.output.contains("got: abc"))
        terminal.send("\u{03}")
        #expect(terminal.waitFor("interrupted"))
        #expect(terminal.waitFor("> "))
        terminal.send("\u{04}")
        #expect(terminal.waitFor("bye (terminal cooked)"), "output: \(terminal.output)")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func tabCompletesAndListsCandidates() throws {
        let terminal = try startDemo()
        enter("deb\t\r", expecting: "debrief", on: terminal)
        terminal.send("con\t")
        #expect(terminal.waitFor("contacts  contact"), "output: \(terminal.output)")
        #expect(terminal.waitFor("> contact"))
        enter("s\r", expecting: "contacts", on: terminal)
        enter("help co\t\r", expecting: "help contact", on: terminal)
        enter("jos\t\r", expecting: "\"José García\"", on: terminal)
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test(arguments: [[:], ["LANG": "C.UTF-8"], ["LC_ALL": "C"]])
    func accentedInputRoundTrips(environment: [String: String]) throws {
        let terminal = try startDemo(environment: environment)
        enter("José García\r", expecting: "José García", on: terminal)
        enter("Ñandú ü\r", expecting: "Ñandú ü", on: terminal)
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0, "output: \(terminal.output)")
    }

    @Test func invalidUTF8IsReplaced() throws {
        let terminal = try startDemo()
        terminal.send(bytes: [0x61, 0xFF, 0x62, 0x0D])
        #expect(terminal.waitFor("got: a\u{FFFD}b\r\n"), "output: \(terminal.output)")
        #expect(terminal.waitFor("> "))
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func plainReaderOnATerminalHandlesCtrlC() throws {
        let terminal = try startDemo(arguments: ["--plain"], ready: "line demo (plain)\r\n")
        enter("line one\r", expecting: "line one", on: terminal, prompted: false)
        terminal.send("\u{03}")
        #expect(terminal.waitFor("interrupted"), "output: \(terminal.output)")
        enter("line two\r", expecting: "line two", on: terminal, prompted: false)
        #expect(!terminal.output.contains("> "))
        terminal.send("\u{04}")
        #expect(terminal.waitFor("bye"))
        #expect(terminal.waitForExit() == 0)
    }
}
