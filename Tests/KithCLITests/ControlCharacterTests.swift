import Foundation
import KithLineEditing
import Testing

/// Control characters in the user's data never reach the terminal raw, and stay in the store.
@Suite struct ControlCharacterTests {
    static let title = "\u{1B}]0;pwned\u{07}"
    static let clear = "\u{1B}[2J"
    static let hidden = "\u{1B}[8m"

    private func home() throws -> KithHome {
        let home = try KithHome()
        let record: [[String: Any]] = [
            [
                "name": "Eve \(Self.title)Mallory", "met": "2026-11-22", "role": "\(Self.clear)designer\u{9B}31m",
                "needs": ["a \(Self.hidden)lawyer\r"], "offers": ["web design"],
                "promises": ["send \(Self.clear)the deck"],
                "notes": "line one\nline two\tindented",
            ]
        ]
        let json = try JSONSerialization.data(withJSONObject: record)
        let file = try home.write(json, to: "evil.json")
        let imported = try home.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        Self.expectClean(imported.stdout + imported.stderr, "import")
        return home
    }

    static func expectClean(_ text: String, _ label: String) {
        let raw = text.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
        #expect(raw.isEmpty, "\(label) printed raw controls: \(text.debugDescription)")
    }

    @Test(arguments: [
        ["contacts"], ["contact", "Eve"], ["today", "--limit", "50"], ["who", "web", "design"],
        ["contacts", "Mallory"], ["contact", "Eve", "--lang", "es"],
    ])
    func everyCommandPrintsControlsVisibly(arguments: [String]) throws {
        let home = try home()
        let result = try home.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        Self.expectClean(result.stdout + result.stderr, "\(arguments)")
        #expect(result.stdout.contains("Eve"), "\(result.stdout)")
    }

    @Test func theStoreKeepsTheTextAsTyped() throws {
        let home = try home()
        let eve = try #require(try home.loadNetwork().contacts.first)
        #expect(eve.name.contains(Self.title))
        #expect(eve.role?.contains("\u{9B}") == true)
        let card = try home.run(["contact", "Eve"]).stdout
        #expect(card.contains("␛]0;pwned␇"), "\(card.debugDescription)")
        #expect(card.contains("line one\nline two\tindented") || card.contains("line one"), "\(card)")
        // JSON output escapes them, and an export to a file keeps the bytes.
        let json = try home.run(["contact", "Eve", "--json"]).stdout
        #expect(json.contains("\\u001b]0;pwned\\u0007"), "\(json)")
    }

    @Test func theShellShowsThemVisiblyToo() throws {
        let home = try home()
        let kith = try #require(builtExecutable(named: "kith"))
        let terminal = try PseudoTerminal(executable: kith, environment: home.environment())
        #expect(terminal.waitFor("kith> "))
        terminal.send("contacts\r")
        #expect(terminal.waitFor("Mallory"), "\(terminal.output)")
        #expect(terminal.waitFor("kith> "))
        #expect(!terminal.output.contains("pwned\u{07}"))
        #expect(!terminal.output.contains(Self.clear))
        #expect(terminal.output.contains("␛]0;pwned␇"))
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func kithsOwnColoursSurviveAndForgedOnesDoNot() {
        let styled = TerminalText.styled("id", code: "36")
        #expect(TerminalText.neutralised(styled) == "\u{1B}[36mid\u{1B}[0m")
        #expect(TerminalText.neutralised(styled, colours: false) == "id")
        let forged = String(String.UnicodeScalarView([Unicode.Scalar(UInt32(0xFDD0))!, "2", "J"]))
        #expect(!TerminalText.neutralised(forged).contains("\u{1B}"))
        let concealed = String(
            String.UnicodeScalarView([Unicode.Scalar(UInt32(0xFDD0))!, "8", Unicode.Scalar(UInt32(0xFDD1))!]))
        #expect(!TerminalText.neutralised(concealed).contains("\u{1B}"))
        #expect(TerminalText.neutralised("plain text\nsecond\tline") == "plain text\nsecond\tline")
        #expect(TerminalText.neutralised("a\u{1B}[2Jb\u{7F}c\u{9B}d\r") == "a␛[2Jb␡c⟨9B⟩d␍")
    }
}
