import Foundation
import KithCore
import Testing

@testable import KithCLI

/// TAB offers what fits where the cursor is, in the shell and in the generated scripts; typos
/// get a suggestion and short forms work.
@Suite struct CompletionContextTests {
    let day = Day(year: 2026, month: 11, day: 1)!

    func network() -> Network {
        var network = Network(contacts: [
            Contact(id: "0000000a", name: "Marta Ruiz", added: day),
            Contact(id: "0000000b", name: "Marta R", added: day),
            Contact(id: "0000000c", name: "Pedro Gil", added: day),
        ])
        network.actionLog = [ActionLogEntry(id: "hidden", key: "r|0000000a", ruleID: "r", state: .snoozed, on: day)]
        return network
    }

    func completion() -> ShellCompletion {
        ShellCompletion(
            commandNames: ["today", "tier", "done", "contact", "contacts", "export", "graph", "undo"],
            subcommandNames: [:], network: { network() }, openActionIDs: { ["abc123", "abd999", "xyz000"] })
    }

    @Test func actionIDsAfterDoneWhySnoozeAndDismiss() {
        for command in ["done", "why", "snooze", "dismiss"] {
            #expect(completion().candidates(lineUpToCursor: "\(command) ab") == ["abc123", "abd999"])
        }
        #expect(completion().candidates(lineUpToCursor: "done abc123 ").isEmpty)
        #expect(completion().candidates(lineUpToCursor: "undo ") == ["hidden"])
    }

    @Test func formatsAfterFormat() {
        #expect(completion().candidates(lineUpToCursor: "export marta --format ") == ["markdown", "json", "vcard"])
        #expect(completion().candidates(lineUpToCursor: "graph --format s") == ["svg"])
    }

    @Test func tiersAfterTierName() {
        #expect(completion().candidates(lineUpToCursor: "tier pedro c") == ["close"])
        #expect(completion().candidates(lineUpToCursor: "tier \"Marta Ruiz\" ").contains("none"))
        // The first argument of tier is a person.
        #expect(completion().candidates(lineUpToCursor: "tier ped") == ["\"Pedro Gil\""])
    }

    @Test func namesAndIDsElsewhere() {
        #expect(completion().candidates(lineUpToCursor: "contact mar") == ["\"Marta R\"", "\"Marta Ruiz\""])
        #expect(completion().candidates(lineUpToCursor: "contact @") == ["@0000000a", "@0000000b", "@0000000c"])
        #expect(completion().candidates(lineUpToCursor: "contact zz").isEmpty)
        #expect(completion().candidates(lineUpToCursor: "l").contains("ls"))
    }

    @Test func whoTheyKnowCompletesFromTheWholeLine() {
        #expect(ShellCompletion.knownPeople(lineUpToCursor: "ped", network: network()) == ["Pedro Gil"])
        #expect(ShellCompletion.knownPeople(lineUpToCursor: "Marta R", network: network()) == ["R", "Ruiz"])
        #expect(ShellCompletion.knownPeople(lineUpToCursor: "", network: network()).isEmpty)
        #expect(ShellCompletion.knownPeople(lineUpToCursor: "a lawyer", network: network()).isEmpty)
    }

    @Test func typosGetASuggestionAndShortFormsExpand() {
        #expect(CommandNames.suggestion(for: "tody") == "today")
        #expect(CommandNames.suggestion(for: "contcts") == "contacts")
        #expect(CommandNames.suggestion(for: "xyzzy") == nil)
        #expect(CommandNames.suggestion(for: "") == nil)
        #expect(CommandNames.expanded(["ls", "ana"]) == ["contacts", "ana"])
        #expect(CommandNames.expanded(["quién", "puede", "ayudar"]) == ["who", "quién", "puede", "ayudar"])
    }

    @Test func theCommandLineAndTheShellSuggestAndTakeShortForms() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Marta Ruiz"}]"#)
        let typo = try home.run(["tody"])
        #expect(typo.status != 0 && typo.stderr.contains("Did you mean 'today'?"))
        #expect(try home.run(["ls"]).stdout.contains("Marta Ruiz"))
        let shell = try home.run([], input: "tody\nls\nq\ncontact marta\n")
        #expect(shell.stderr.contains("Did you mean 'today'?"))
        #expect(shell.stdout.contains("Marta Ruiz —"))
        #expect(!shell.stdout.contains("Met:"), "nothing runs after q")
    }

    @Test func theGeneratedScriptsCompleteNamesAndIDs() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Marta Ruiz"}, {"name": "Pedro Gil"}]"#)
        let id = try #require(try home.loadNetwork().contacts.first { $0.name == "Marta Ruiz" }).id
        let names = try home.run(["---completion", "contact", "--", "positional@0", "2", "2", "kith", "contact", "ma"])
        #expect(names.stdout.split(separator: "\n") == ["Marta Ruiz"])
        let ids = try home.run(["---completion", "forget", "--", "positional@0", "2", "1", "kith", "forget", "@"])
        #expect(ids.stdout.contains("@\(id)"))
        let actions = try home.run(["---completion", "done", "--", "positional@0", "2", "0", "kith", "done", ""])
        let firstAction = try #require(try home.todayLines().first).dropFirst().prefix(6)
        #expect(actions.stdout.contains(firstAction))
        for shell in ["bash", "zsh", "fish"] {
            #expect(try home.run(["--generate-completion-script", shell]).stdout.contains("---completion contact"))
        }
    }
}
