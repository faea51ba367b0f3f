import Foundation
import Testing

/// `kith edit` saves a three-way merge: what changed meanwhile is kept, and a field changed
/// both ways is never silently overwritten.
@Suite struct EditMergeTests {
    private func home() throws -> KithHome {
        let home = try KithHome()
        try home.importDebriefs(
            #"[{"name": "Pedro Sanz", "met": "2026-11-20", "role": "lawyer", "needs": ["a designer"]}]"#)
        return home
    }

    /// An editor script that first runs `meanwhile` (kith commands, as another terminal would)
    /// and then applies `sed` to the file; it counts its runs in `runs`.
    private func editor(_ home: KithHome, meanwhile: String, sed: String) throws -> String {
        let kith = try #require(builtExecutable(named: "kith"))
        return try home.write(
            """
            #!/bin/sh
            n=$(cat "\(home.folder.path)/runs" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "\(home.folder.path)/runs"
            if [ $n = 1 ]; then \(meanwhile.replacingOccurrences(of: "KITH", with: kith)); fi
            sed -i \(sed) "$1"
            """, to: "editor.sh", executable: true)
    }

    @Test func interactionsLoggedWhileEditingAreKept() throws {
        let home = try home()
        let script = try editor(
            home,
            meanwhile: "KITH log Pedro call 'about the lease' >/dev/null && KITH log Pedro meal 'lunch' >/dev/null",
            sed: #"'s/"role" : "lawyer"/"role" : "notary"/'"#)
        let result = try home.run(["edit", "Pedro"], environment: ["EDITOR": script])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Saved Pedro Sanz (changed: role)."), "\(result.stdout)")
        #expect(
            result.stdout.contains("Also kept what changed while you were editing: interactions"), "\(result.stdout)")
        let pedro = try #require(try home.loadNetwork().contacts.first)
        #expect(pedro.role == "notary")
        #expect(pedro.interactions.map(\.kind.rawValue) == ["met", "call", "meal"])
        #expect(pedro.needs.map(\.text) == ["a designer"])
    }

    @Test func aFieldChangedBothWaysIsRefusedWithBothValuesWithoutATerminal() throws {
        let home = try home()
        let script = try editor(
            home, meanwhile: "KITH tier Pedro close >/dev/null",
            sed: #"'s/"lawyer"/"notary",\n  "tier" : "acquaintance"/'"#)
        let result = try home.run(["edit", "Pedro"], environment: ["EDITOR": script])
        #expect(result.status == 1)
        #expect(result.stderr.contains(#"tier: yours "acquaintance", meanwhile "close""#), "\(result.stderr)")
        #expect(home.read("runs") == "1\n")
        let pedro = try #require(try home.loadNetwork().contacts.first)
        #expect(pedro.tier == "close")
        #expect(pedro.role == "lawyer")
    }

    @Test func onATerminalAConflictReopensTheEditorWithBothValues() throws {
        let home = try home()
        let script = try editor(
            home, meanwhile: "KITH tier Pedro close >/dev/null",
            sed: #"'s/"lawyer"/"notary",\n  "tier" : "acquaintance"/'"#)
        let kith = try #require(builtExecutable(named: "kith"))
        let terminal = try PseudoTerminal(
            executable: kith, arguments: ["edit", "Pedro"], environment: home.environment(["EDITOR": script]))
        #expect(terminal.waitForExit() == 0, "\(terminal.output)")
        #expect(terminal.output.contains(#"yours "acquaintance", meanwhile "close""#), "\(terminal.output)")
        // The second run saved the re-opened file as shown: our value wins, by choice.
        #expect(home.read("runs") == "2\n")
        let pedro = try #require(try home.loadNetwork().contacts.first)
        #expect(pedro.tier == "acquaintance")
        #expect(pedro.role == "notary")
    }

    @Test func withoutATerminalAnEditorWritingInvalidJSONIsRunOnce() throws {
        let home = try home()
        let script = try editor(home, meanwhile: "true", sed: #"'s/"lawyer",/"lawyer"/'"#)
        let result = try home.run(["edit", "Pedro"], environment: ["EDITOR": script])
        #expect(result.status == 1)
        #expect(result.stderr.contains("invalid JSON"), "\(result.stderr)")
        #expect(home.read("runs") == "1\n")
    }

    /// vi, the default editor, runs on the terminal: it reads the keyboard and saves.
    @Test func viEditsThroughAPseudoTerminal() throws {
        guard access("/usr/bin/vi", X_OK) == 0 else { return }
        let home = try home()
        let kith = try #require(builtExecutable(named: "kith"))
        var environment = home.environment()
        environment["TERM"] = "xterm"
        environment["HOME"] = home.folder.path
        let terminal = try PseudoTerminal(executable: kith, arguments: ["edit", "Pedro"], environment: environment)
        #expect(terminal.waitFor("lawyer"), "vi did not show the file: \(terminal.output)")
        // vi asks the terminal a few questions first; type like a person, a moment apart.
        usleep(500_000)
        terminal.send(":%s/lawyer/notary/\r")
        usleep(300_000)
        terminal.send("\u{03}")  // Ctrl-C reaches vi (which stays open), and kith survives it.
        usleep(300_000)
        terminal.send(":wq\r")
        #expect(terminal.waitForExit(timeout: 20) == 0, "\(terminal.output)")
        #expect(terminal.output.contains("Saved Pedro Sanz (changed: role)."))
        #expect(try home.loadNetwork().contacts.first?.role == "notary")
    }
}
