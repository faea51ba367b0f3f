import Foundation
import Testing

/// The shell on a pseudo-terminal, typed at as a person would.
@Suite struct ShellTerminalTests {
    /// Starts `kith` (the shell) on a terminal under `umask 000` and waits for the prompt.
    private func startShell(_ home: KithHome) throws -> PseudoTerminal {
        let kith = try #require(builtExecutable(named: "kith"), "the kith executable was not built")
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "umask 000; exec \"$0\"", kith], environment: home.environment())
        #expect(terminal.waitFor("kith> "), "no prompt; output: \(terminal.output)")
        return terminal
    }

    /// Types a line and waits for `expected` (when given) and then the next prompt `until`.
    private func type(
        _ line: String, on terminal: PseudoTerminal, expecting expected: String? = nil, until prompt: String = "kith> "
    ) {
        terminal.send(line + "\r")
        if let expected {
            #expect(terminal.waitFor(expected), "missing \(expected); output: \(terminal.output)")
        }
        #expect(terminal.waitFor(prompt), "no \(prompt.debugDescription); output: \(terminal.output)")
    }

    @Test func helpThenAFullDebriefThenTheContact() throws {
        let home = try KithHome()
        let terminal = try startShell(home)
        type("help", on: terminal, expecting: "  contacts ")
        #expect(terminal.output.contains("  debrief "))
        #expect(terminal.output.contains("  doctor "))

        type("debrief", on: terminal, expecting: "1/7 Who did you just meet?", until: "> ")
        type("Ana García", on: terminal, expecting: "2/7", until: "> ")
        type("Swift meetup", on: terminal, expecting: "3/7", until: "  + ")
        type("a designer", on: terminal, until: "  + ")
        type("", on: terminal, expecting: "4/7", until: "  + ")
        type("", on: terminal, expecting: "Coach: knowing what problems", until: "  + ")
        type("Bea Soto", on: terminal, until: "  + ")
        type("", on: terminal, expecting: "6/7", until: "  + ")
        type("send the article", on: terminal, until: "  + ")
        type("", on: terminal, expecting: "7/7", until: "> ")
        type("loves jazz", on: terminal, expecting: "Debrief summary", until: "[s]ave")
        type("s", on: terminal, expecting: "Saved Ana García to your network.")
        type("contact ana garcia", on: terminal, expecting: "Needs:")
        #expect(terminal.output.contains("a designer"))
        #expect(terminal.output.contains("send the article"))

        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0, "output: \(terminal.output)")
        let ana = try #require(try home.loadNetwork().contacts.first)
        #expect(ana.knows.map(\.text) == ["Bea Soto"])
        #expect(ana.notes.map(\.text) == ["loves jazz"])
        #expect(home.mode(home.location.historyFile) == 0o600)
        let history = String(decoding: home.bytes(home.location.historyFile) ?? Data(), as: UTF8.self)
        #expect(history.contains("contact ana garcia"))
        #expect(!history.contains("Swift meetup"))
    }

    @Test func ctrlCAtThePromptAndInsideADebrief() throws {
        let home = try KithHome()
        let terminal = try startShell(home)
        terminal.send("contac")
        #expect(terminal.waitFor("contac"))
        terminal.send("\u{03}")
        #expect(terminal.waitFor("kith> "), "output: \(terminal.output)")

        type("debrief Luis", on: terminal, expecting: "2/7", until: "> ")
        type("coffee", on: terminal, expecting: "3/7", until: "  + ")
        type("a lawyer", on: terminal, until: "  + ")
        terminal.send("\u{03}")
        #expect(terminal.waitFor("'debrief --resume'"), "output: \(terminal.output)")
        #expect(terminal.waitFor("kith> "), "the shell did not survive; output: \(terminal.output)")
        #expect(home.mode(home.location.draftFile) == 0o600)

        type("debrief --resume", on: terminal, expecting: "Resuming your unfinished debrief (Luis)", until: "3/7")
        // The question is asked again, with the item typed before Ctrl-C.
        #expect(terminal.waitFor("  + a lawyer"), "output: \(terminal.output)")
        #expect(terminal.waitFor("  + "))
        type("", on: terminal, expecting: "4/7", until: "  + ")
        for _ in 0..<2 { type("", on: terminal, until: "  + ") }
        type("", on: terminal, expecting: "7/7", until: "> ")
        type("", on: terminal, until: "[s]ave")
        type("s", on: terminal, expecting: "Saved Luis")
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0, "output: \(terminal.output)")
        let luis = try #require(try home.loadNetwork().contacts.first)
        #expect(luis.needs.map(\.text) == ["a lawyer"])
        #expect(!FileManager.default.fileExists(atPath: home.location.draftFile.path))
    }

    /// `kith debrief` on its own (no shell): Ctrl-C inside a question stops it, keeps the draft
    /// and ends the process with the interrupt status.
    @Test func ctrlCInsideAStandaloneDebrief() throws {
        let home = try KithHome()
        let kith = try #require(builtExecutable(named: "kith"), "the kith executable was not built")
        let terminal = try PseudoTerminal(executable: kith, arguments: ["debrief"], environment: home.environment())
        #expect(terminal.waitFor("1/7"), "output: \(terminal.output)")
        #expect(terminal.waitFor("> "))
        terminal.send("Marta Gil\r")
        #expect(terminal.waitFor("2/7"), "output: \(terminal.output)")
        #expect(terminal.waitFor("> "))
        terminal.send("\u{03}")
        #expect(terminal.waitFor("kith debrief --resume"), "Ctrl-C did nothing; output: \(terminal.output)")
        let status = terminal.waitForExit()
        #expect(status != nil && status != 0, "output: \(terminal.output)")
        let draft = try #require(home.read("home/debrief-draft.json"), "no draft kept")
        #expect(draft.contains("Marta Gil"))
        #expect(try home.loadNetwork().contacts.isEmpty)
    }

    @Test func tabCompletesCommandsAndNames() throws {
        let home = try KithHome()
        try home.run(["import", try home.write(#"[{"name": "José García", "role": "designer"}]"#, to: "a.json")])
        let terminal = try startShell(home)
        terminal.send("cont\t")
        #expect(terminal.waitFor("contact"), "output: \(terminal.output)")
        terminal.send("\t")
        #expect(terminal.waitFor("contacts"), "no list of candidates; output: \(terminal.output)")
        terminal.send(" jos\t")
        #expect(terminal.waitFor("\"José García\""), "output: \(terminal.output)")
        type("", on: terminal, expecting: "designer")
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func ctrlDLeavesCleanly() throws {
        let home = try KithHome()
        let terminal = try startShell(home)
        #expect(terminal.output.contains("Type 'help' for commands"))
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0, "output: \(terminal.output)")
    }

    /// Colour only on a terminal, never with NO_COLOR, never through a pipe.
    @Test func todayIsColouredOnATerminalOnly() throws {
        let home = try KithHome()
        let seed = try home.write(
            #"{"name": "Ana Ruiz", "met": "2026-11-22", "promises": ["send the deck"]}"#, to: "seed.json")
        #expect(try home.run(["import", seed]).status == 0)
        let kith = try #require(builtExecutable(named: "kith"), "the kith executable was not built")
        var terminalEnvironment = home.environment()
        // The test runner may set these for its own output; a user's terminal usually does not.
        terminalEnvironment.removeValue(forKey: "NO_COLOR")
        terminalEnvironment["TERM"] = "xterm"
        let coloured = try PseudoTerminal(executable: kith, arguments: ["today"], environment: terminalEnvironment)
        #expect(coloured.waitForExit() == 0)
        #expect(coloured.output.contains("\u{1B}[36m["), "no colour on a terminal: \(coloured.output.debugDescription)")
        var environment = terminalEnvironment
        environment["NO_COLOR"] = "1"
        let plain = try PseudoTerminal(executable: kith, arguments: ["today"], environment: environment)
        #expect(plain.waitForExit() == 0)
        #expect(plain.output.contains("send the deck"))
        #expect(!plain.output.contains("\u{1B}["), "colour despite NO_COLOR")
        let piped = try home.run(["today"])
        #expect(piped.stdout.contains("send the deck") && !piped.stdout.contains("\u{1B}["))
    }
}
