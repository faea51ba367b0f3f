import Foundation
import Testing

/// The shell reading commands from a pipe: no prompts, errors reported, the shell goes on.
@Suite struct ShellPipeTests {
    @Test func commandsRunWithoutPromptNoise() throws {
        let home = try KithHome()
        let input = """
            contacts
            debrief Ana García
            meetup
            funding


            Bea Soto



            contacts
            # a comment, ignored

            quit
            contacts
            """
        let result = try home.run([], input: input)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("kith>"))
        #expect(!result.stdout.contains("1/7"))
        #expect(!result.stdout.contains("networking coach"))
        #expect(result.stdout.hasPrefix("Your network is empty."))
        #expect(result.stdout.contains("Saved Ana García to your network."))
        #expect(result.stdout.contains("Ana García — last seen 2026-11-23\n1 person\n"))
        // Nothing after 'quit' runs.
        #expect(result.stdout.components(separatedBy: "1 person").count == 2)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func anUnknownCommandIsAnErrorAndTheShellGoesOn() throws {
        let home = try KithHome()
        try home.run(["import", try home.write(#"[{"name": "Ana García"}, {"name": "Zoë O'Brien"}]"#, to: "a.json")])
        let result = try home.run(
            [], input: "frobnicate now\ncontact Nobody\ncontacts --bogus\ncontact \"ana\ncontacts\n")
        // The shell goes on after each error, and a script learns from the exit status that a line failed.
        #expect(result.status == 1)
        #expect(result.stderr.contains("Error: unknown command 'frobnicate'. Type 'help' for the list."))
        #expect(result.stderr.contains("nobody called 'Nobody' in your network"))
        #expect(result.stderr.contains("--bogus"))
        #expect(result.stderr.contains("Error: a \" quote is not closed"))
        #expect(result.stdout.contains("2 people"))
    }

    @Test func quotedNamesAndApostrophes() throws {
        let home = try KithHome()
        try home.run([
            "import",
            try home.write(
                #"[{"name": "Ana García", "company": "Acme"}, {"name": "Ana Ruiz"}, {"name": "Zoë O'Brien", "role": "editor"}]"#,
                to: "a.json"),
        ])
        let result = try home.run(
            [], input: "contact \"Ana García\"\ncontact zoe o'brien\ncontact 'ana ruiz'\ncontact ana\n")
        #expect(result.stdout.contains("Ana García\n"))
        #expect(result.stdout.contains("Zoë O'Brien"))
        #expect(result.stdout.contains("Ana Ruiz\n"))
        #expect(result.stderr.contains("'ana' matches several people"))
        #expect(!result.stderr.contains("quote"))
    }

    @Test func helpListsEveryCommand() throws {
        let home = try KithHome()
        let result = try home.run([], input: "help\nhelp import\n")
        #expect(result.status == 0)
        for name in ["debrief", "import", "contacts", "contact", "doctor", "help [COMMAND]", "quit"] {
            #expect(result.stdout.contains("  \(name) "), "\(name)")
        }
        #expect(result.stdout.contains("--dry-run"))
    }

    @Test func aDebriefCutShortInsideTheShellKeepsItsDraft() throws {
        let home = try KithHome()
        let result = try home.run([], input: "debrief Ana\nmeetup\nfunding\n")
        #expect(result.stderr.contains("'debrief --resume'"), "inside the shell, without kith")
        #expect(FileManager.default.fileExists(atPath: home.location.draftFile.path))
        let resumed = try home.run([], input: "debrief --resume\n\n\n\n\n\n\ncontact ana\n")
        #expect(resumed.stdout.contains("Saved Ana"))
        #expect(resumed.stdout.contains("funding"))
    }
}
