import Foundation
import Testing

// MARK: edit

extension CoachCommandTests {
    /// The data folder's leftover edit files.
    private func editFiles(_ box: KithHome) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: box.dataFolder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("edit-") }
    }

    @Test func editAppliesWhatTheEditorSaved() throws {
        let box = try coachSandbox()
        let editor = try box.write(
            """
            #!/bin/sh
            ls -l "$1" | cut -c1-10 > "\(box.folder.path)/mode"
            sed -i -e 's/"name" : "Pedro Sanz"/"name" : "Pedro Sanz Gil"/' -e 's/"legal contracts"/"company law"/' "$1"
            """, to: "editor.sh", executable: true)
        let result = try box.run(["edit", "Pedro"], environment: ["EDITOR": editor, "VISUAL": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Saved Pedro Sanz Gil (changed: name, offers).\n")
        #expect(try String(contentsOf: box.folder.appendingPathComponent("mode"), encoding: .utf8) == "-rw-------\n")
        let card = try box.run(["contact", "Pedro"]).stdout
        #expect(card.hasPrefix("Pedro Sanz Gil"))
        #expect(card.contains("company law"))
        #expect(try editFiles(box).isEmpty)
    }

    @Test func editShowsReadableJSONAndSavingUnchangedDoesNothing() throws {
        let box = try coachSandbox()
        let copy = box.folder.appendingPathComponent("seen.json")
        let result = try box.run(["edit", "Luis"], environment: ["VISUAL": "cp \"$1\" \(copy.path) && true"])
        #expect(result.stdout == "No changes to Luis Moreno.\n")
        let seen = try String(contentsOf: copy, encoding: .utf8)
        let lines = seen.split(separator: "\n")
        #expect(lines.first == "{")
        #expect(lines.dropFirst().first?.hasPrefix("  \"id\" : ") == true)
        #expect(lines.dropFirst(2).first == "  \"name\" : \"Luis Moreno\",")
        #expect(seen.contains("\"knows\" : [],"))
        #expect(try editFiles(box).isEmpty)
    }

    @Test func editReopensWithTheErrorAndKeepsWhatWasTyped() throws {
        let box = try coachSandbox()
        let counter = box.folder.appendingPathComponent("count")
        // First run: a new name but a missing comma. Second run: keep everything, add the comma.
        let editor = try box.write(
            """
            #!/bin/sh
            n=$(cat "\(counter.path)" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "\(counter.path)"
            cp "$1" "\(box.folder.path)/seen-$n.json"
            if [ $n = 1 ]; then
              sed -i 's/"name" : "Pedro Sanz",/"name" : "Pedro Typed"/' "$1"
            else
              sed -i 's/"name" : "Pedro Typed"$/"name" : "Pedro Typed",/' "$1"
            fi
            """, to: "editor.sh", executable: true)
        // Re-opening needs a terminal: without one an invalid file is refused after one try.
        let kith = try #require(builtExecutable(named: "kith"))
        let terminal = try PseudoTerminal(
            executable: kith, arguments: ["edit", "Pedro"], environment: box.environment(["EDITOR": editor]))
        #expect(terminal.waitForExit() == 0, "\(terminal.output)")
        #expect(terminal.output.contains("Not saved: invalid JSON at line 4, column 3: expected ',' or '}'"))
        #expect(terminal.output.contains("Saved Pedro Typed (changed: name)."))
        let second = try String(contentsOf: box.folder.appendingPathComponent("seen-2.json"), encoding: .utf8)
        let first = try #require(second.split(separator: "\n").first)
        #expect(first.hasPrefix("{ \"_error\": \"Not saved: invalid JSON at line 4, column 3"))
        #expect(second.contains("\"name\" : \"Pedro Typed\"\n"))
        // The error field is not stored.
        let stored = try String(contentsOf: box.dataFolder.appendingPathComponent("store.json"), encoding: .utf8)
        #expect(!stored.contains("_error"))
        #expect(try editFiles(box).isEmpty)
    }

    @Test func editRefusesAChangedIDAtOnceWithoutATerminal() throws {
        let box = try coachSandbox()
        let editor = try box.write(
            """
            #!/bin/sh
            sed -i 's/"id" : "[^"]*"/"id" : "someone-else"/' "$1"
            """, to: "editor.sh", executable: true)
        let result = try box.run(["edit", "Rosa"], environment: ["EDITOR": editor])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the id must stay"))
        #expect(result.stderr.contains("Nothing saved: the file is not a valid contact"), "\(result.stderr)")
        let kept = try #require(try editFiles(box).first)
        #expect(result.stderr.contains(kept.path))
        #expect(try String(contentsOf: kept, encoding: .utf8).contains("\"id\" : \"someone-else\""))
        #expect(try box.run(["contact", "Rosa"]).status == 0)
    }

    @Test func editReportsDecodingErrorsByField() throws {
        let box = try coachSandbox()
        let editor = try box.write(
            """
            #!/bin/sh
            sed -i -e 's/"added" : "[^"]*"/"added" : "2026-13-01"/' -e 's/"name" : "Tom Berg"/"name" : "  "/' "$1"
            """, to: "editor.sh", executable: true)
        let result = try box.run(["edit", "Tom"], environment: ["EDITOR": editor])
        #expect(result.status == 1)
        #expect(result.stderr.contains("added: '2026-13-01' is not a date in the form YYYY-MM-DD"))
        let blank = try box.write(
            "#!/bin/sh\nsed -i 's/\"name\" : \"Tom Berg\"/\"name\" : \"  \"/' \"$1\"\n", to: "blank.sh",
            executable: true)
        #expect(
            try box.run(["edit", "Tom"], environment: ["EDITOR": blank]).stderr.contains(
                "name: the name must not be empty"))
        #expect(try box.run(["contact", "Tom"]).stdout.hasPrefix("Tom Berg"))
    }

    @Test func anEditorThatFailsCancelsAndKeepsTheFile() throws {
        let box = try coachSandbox()
        let failing = ["EDITOR": "sed -i 's/Eva Lima/Eva L./' \"$1\"; false"]
        let result = try box.run(["edit", "Eva"], environment: failing)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Nothing saved: the editor exited with status 1. Your text is kept in "))
        let kept = try #require(try editFiles(box).first)
        #expect(try String(contentsOf: kept, encoding: .utf8).contains("Eva L."))
        #expect(try box.run(["contact", "Eva"]).stdout.hasPrefix("Eva Lima"))
        #expect(try box.run(["edit", "Nobody"], environment: failing).status != 0)
    }
}
