import Foundation
import Testing

/// A small network: Ana (needs a tax adviser, promised slides), Ben (offers tax advice),
/// Cleo (met long ago: a reconnect is due), Dana (her reconnect day is five days away).
private let debriefs = """
    [
    {"name": "Ana Ruiz", "met": "2026-11-02", "context": "Conference in Lisbon", "needs": ["a tax adviser"],
     "offers": ["UX design reviews"], "knows": ["Ben Ortiz"], "promises": ["send the slides"],
     "email": "ana@example.org", "phone": "+34 600 000 000", "company": "Acme", "role": "designer"},
    {"name": "Ben Ortiz", "met": "2026-11-20", "context": "Lunch", "offers": ["tax advice"],
     "knows": ["Dr. Ruiz, a chiropractor"], "company": "Numbers & Co"},
    {"name": "Cleo Park", "met": "2026-08-01", "context": "Meetup", "needs": ["a designer"]},
    {"name": "Dana Lee", "met": "2026-08-30", "context": "Workshop"}
    ]
    """

/// A sandbox holding the network above.
private func sandboxWithNetwork() throws -> KithHome {
    let sandbox = try KithHome()
    try sandbox.importDebriefs(debriefs)
    return sandbox
}

/// Edits the saved store document directly (for state no command here can make yet).
private func editStore(_ sandbox: KithHome, _ edit: (inout [String: Any]) throws -> Void) throws {
    let url = sandbox.dataFolder.appendingPathComponent("store.json")
    var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    try edit(&document)
    try JSONSerialization.data(withJSONObject: document).write(to: url)
}

/// The id of the contact called `name` in the saved store.
private func contactID(_ name: String, in sandbox: KithHome) throws -> String {
    let result = try sandbox.run(["export", "--all", "--format", "json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let contacts = try #require(document["contacts"] as? [[String: Any]])
    return try #require(contacts.first { $0["name"] as? String == name }?["id"] as? String)
}

@Suite struct ExportCommandTests {
    @Test func markdownSummaryOfOnePerson() throws {
        let sandbox = try sandboxWithNetwork()
        let (ana, ben) = (try contactID("Ana Ruiz", in: sandbox), try contactID("Ben Ortiz", in: sandbox))
        try editStore(sandbox) { document in
            document["introductions"] = [
                [
                    "first": ana, "second": ben, "why": "a tax adviser",
                    "suggested": "2026-11-21", "made": "2026-11-22",
                ]
            ]
        }
        let result = try sandbox.run(["export", "ana"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.hasPrefix("# Ana Ruiz\n"))
        for expected in [
            "**Company:** Acme", "## How you met", "Conference in Lisbon", "## What they need",
            "a tax adviser", "## What they can solve", "UX design reviews", "## Who they know",
            "## History", "## Open promises", "send the slides", "## Pending actions",
            "Keep your promise to Ana Ruiz", "## Introductions made", "2026-11-22: with Ben Ortiz",
        ] {
            #expect(text.contains(expected), "missing \(expected) in:\n\(text)")
        }
    }

    @Test func jsonIsTheFullRecord() throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(["export", "Ben", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(record["name"] as? String == "Ben Ortiz")
        #expect(record["company"] as? String == "Numbers & Co")
        #expect((record["offers"] as? [[String: Any]])?.first?["text"] as? String == "tax advice")
        #expect(result.stdout.contains("\n  \"added\" : "), "pretty and sorted: \(result.stdout)")
    }

    @Test func vcardOfOnePerson() throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(["export", "ana", "--format", "vcard"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("BEGIN:VCARD\r\nVERSION:4.0\r\n"))
        #expect(result.stdout.contains("FN:Ana Ruiz\r\n"))
        #expect(result.stdout.contains("EMAIL:ana@example.org\r\n"))
        #expect(result.stdout.hasSuffix("END:VCARD\r\n"))
    }

    @Test func allAsJSONIsTheStoreDocumentAndAsVCardHasEveryone() throws {
        let sandbox = try sandboxWithNetwork()
        let json = try sandbox.run(["export", "--all", "--format", "json"])
        #expect(json.status == 0)
        let stored = try #require(sandbox.read("home/store.json"))
        #expect(json.stdout == stored)
        let cards = try sandbox.run(["export", "--all", "--format", "vcard"])
        #expect(cards.stdout.components(separatedBy: "BEGIN:VCARD\r\n").count - 1 == 4)
    }

    @Test(arguments: [
        (["export", "--all"], "--all needs --format"),
        (["export", "--all", "--format", "markdown"], "markdown is a summary of one person"),
        (["export"], "a name"),
        (["export", "ana", "--all", "--format", "json"], "not both"),
        (["export", "nobody-here"], "nobody called"),
        (["export", "ana", "--format", "pdf"], "pdf"),
    ])
    func badRequestsFailWithAClearMessage(arguments: [String], message: String) throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func vcardExportImportsIntoAFreshNetwork() throws {
        let sandbox = try sandboxWithNetwork()
        #expect(try sandbox.run(["export", "--all", "--format", "vcard", "--output", "all.vcf"]).status == 0)
        let fresh = try KithHome()
        try FileManager.default.copyItem(
            at: sandbox.folder.appendingPathComponent("all.vcf"),
            to: fresh.folder.appendingPathComponent("all.vcf"))
        let imported = try fresh.run(["import", "all.vcf"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("added 4"), "\(imported.stdout)")
        let ana = try fresh.run(["export", "ana", "--format", "json"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(ana.stdout.utf8)) as? [String: Any])
        #expect(record["emails"] as? [String] == ["ana@example.org"])
        #expect(record["company"] as? String == "Acme")
        #expect((record["needs"] as? [[String: Any]])?.first?["text"] as? String == "a tax adviser")
        #expect((record["offers"] as? [[String: Any]])?.first?["text"] as? String == "UX design reviews")
        let again = try fresh.run(["import", "all.vcf"])
        #expect(again.stdout.contains("added 0"), "a second import adds nobody: \(again.stdout)")
    }
}

@Suite struct ExportOutputFileTests {
    @Test func outputCreatesAPrivateFile() throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(["export", "ana", "--output", "ana.md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote Ana Ruiz to ana.md"))
        #expect(sandbox.read("ana.md")?.hasPrefix("# Ana Ruiz") == true)
        let attributes = try FileManager.default.attributesOfItem(
            atPath: sandbox.folder.appendingPathComponent("ana.md").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func refusesToOverwriteWithoutForceAndForceReplaces() throws {
        let sandbox = try sandboxWithNetwork()
        try sandbox.write("keep me\n", to: "out.md")
        let refused = try sandbox.run(["export", "ana", "-o", "out.md"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("out.md exists; use --force to replace it"), "\(refused.stderr)")
        #expect(sandbox.read("out.md") == "keep me\n")
        let forced = try sandbox.run(["export", "ana", "-o", "out.md", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(sandbox.read("out.md")?.hasPrefix("# Ana Ruiz") == true)
    }

    @Test func aMissingFolderFailsClearly() throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(["export", "ana", "-o", "missing/ana.md"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the folder"), "\(result.stderr)")
        #expect(result.stderr.contains("does not exist"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent("missing").path))
    }

    @Test(.enabled(if: getuid() != 0, "root can write into any folder"))
    func anUnwritableFolderFailsAndLeavesTheFileIntact() throws {
        let sandbox = try sandboxWithNetwork()
        let locked = sandbox.folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: locked.appendingPathComponent("ana.md"))
        chmod(locked.path, 0o500)
        defer { chmod(locked.path, 0o700) }
        let result = try sandbox.run(["export", "ana", "-o", "locked/ana.md", "--force"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot write locked/ana.md"), "\(result.stderr)")
        #expect(sandbox.read("locked/ana.md") == "old\n")
    }

    @Test func aFailedWriteLeavesTheExistingFileIntact() throws {
        let sandbox = try sandboxWithNetwork()
        try sandbox.write("old\n", to: "ana.md")
        // A path through a file is never writable, even for root.
        let result = try sandbox.run(["export", "ana", "-o", "ana.md/inner.md", "--force"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is not a folder"), "\(result.stderr)")
        #expect(sandbox.read("ana.md") == "old\n")
    }

    @Test func theShellAsksBeforeReplacing() throws {
        let sandbox = try sandboxWithNetwork()
        try sandbox.write("old\n", to: "ana.md")
        let path = try #require(builtExecutable(named: "kith"), "kith was not built")
        let environment = sandbox.environment(["HOME": sandbox.folder.path])
        let terminal = try PseudoTerminal(executable: path, arguments: [], environment: environment)
        #expect(terminal.waitFor("kith> "), "\(terminal.output)")
        terminal.send("export ana -o \(sandbox.folder.path)/ana.md\r")
        #expect(terminal.waitFor("Replace \(sandbox.folder.path)/ana.md? [y/N] "), "\(terminal.output)")
        terminal.send("n\r")
        #expect(terminal.waitFor("as it was"), "\(terminal.output)")
        #expect(sandbox.read("ana.md") == "old\n")
        terminal.send("export ana -o \(sandbox.folder.path)/ana.md\r")
        #expect(terminal.waitFor("[y/N] "), "\(terminal.output)")
        terminal.send("y\r")
        #expect(terminal.waitFor("Wrote Ana Ruiz"), "\(terminal.output)")
        #expect(sandbox.read("ana.md")?.hasPrefix("# Ana Ruiz") == true)
        #expect(terminal.waitFor("kith> "), "\(terminal.output)")
        terminal.send("quit\r")
        #expect(terminal.waitForExit() == 0)
    }
}
