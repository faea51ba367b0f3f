import Foundation
import Testing

/// `kith doctor --backups` and `--restore`, and a store that went missing.
@Suite struct BackupCommandTests {
    private func importPerson(_ name: String, into home: KithHome) throws {
        let file = try home.write(#"{"name": "\#(name)"}"#, to: "\(name).json")
        let result = try home.run(["import", file])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aDeletedStoreIsAnErrorAndTheBackupSurvivesUntilRestored() throws {
        let home = try KithHome()
        for name in ["Ana", "Bea", "Cris"] { try importPerson(name, into: home) }
        try FileManager.default.removeItem(at: home.location.storeFile)

        let refused = try home.run(["contacts"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(home.location.storeFile.path), "\(refused.stderr)")
        #expect(refused.stderr.contains("backups/store-"), "\(refused.stderr)")
        #expect(refused.stderr.contains("kith doctor --restore"))
        // Two saves attempted on the missing store change nothing.
        for name in ["Dan", "Eva"] {
            let file = try home.write(#"{"name": "\#(name)"}"#, to: "\(name).json")
            #expect(try home.run(["import", file]).status != 0)
        }
        #expect(!FileManager.default.fileExists(atPath: home.location.storeFile.path))

        let doctor = try home.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("is missing, but backups exist"), "\(doctor.stdout)")
        let restored = try home.run(["doctor", "--restore", "--yes"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("no current store"), "\(restored.stdout)")
        #expect(try home.loadNetwork().contacts.map(\.name) == ["Ana", "Bea", "Cris"])
    }

    @Test func backupsAreListedWithPeopleCountsAndAnOlderOneRestoresTwiceInASecond() throws {
        let home = try KithHome()
        for name in ["Ana", "Bea", "Cris"] { try importPerson(name, into: home) }
        let list = try home.run(["doctor", "--backups"])
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n").filter { $0.hasPrefix("  store-") }
        #expect(lines.count == 3, "\(list.stdout)")
        #expect(lines[0].hasSuffix("3 people") && lines[2].hasSuffix("1 person"), "\(list.stdout)")
        let oldest = try #require(lines[2].split(separator: " ").first.map(String.init))

        let restored = try home.run(["doctor", "--restore", oldest, "--yes"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("This drops 2 people not in the backup: Bea, Cris"), "\(restored.stdout)")
        #expect(try home.loadNetwork().contacts.map(\.name) == ["Ana"])
        // Straight back to the newest before: a second restore in the same second works too.
        let newest = try #require(lines[0].split(separator: " ").first.map(String.init))
        let again = try home.run(["doctor", "--restore", newest, "--yes"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try home.loadNetwork().contacts.map(\.name) == ["Ana", "Bea", "Cris"])
        let aside = home.entries().filter { $0.hasPrefix("store.json.replaced-") }
        #expect(aside.count == 2, "\(home.entries())")
    }

    @Test func restoringTheStoreItIsAlreadyChangesNothing() throws {
        let home = try KithHome()
        try importPerson("Ana", into: home)
        let result = try home.run(["doctor", "--restore"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("nothing to restore"))
        #expect(!home.entries().contains { $0.hasPrefix("store.json.replaced-") })
    }

    @Test func anUnknownBackupNameIsRefused() throws {
        let home = try KithHome()
        try importPerson("Ana", into: home)
        let result = try home.run(["doctor", "--restore", "store-1999", "--yes"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no backup named 'store-1999'"), "\(result.stderr)")
        #expect(try home.run(["doctor", "--yes"]).status == 64)
    }

    @Test func doctorReportsDuplicateIDsAndLogRefusesToGuess() throws {
        let home = try KithHome()
        let text = """
            {"schemaVersion": 1, "contacts": [
              {"id": "00000001", "name": "First Alpha", "added": "2026-11-01"},
              {"id": "00000001", "name": "Second Beta", "added": "2026-11-02"}]}
            """
        try Data(text.utf8).write(to: home.location.storeFile)
        let log = try home.run(["log", "Second Beta", "call"])
        #expect(log.status != 0)
        #expect(log.stderr.contains("same id"), "\(log.stderr)")
        let doctor = try home.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("id 00000001 is shared by First Alpha, Second Beta"), "\(doctor.stdout)")
        #expect(home.read("home/store.json") == text)
    }

    @Test func aSymlinkedHistoryIsWrittenThrough() throws {
        let home = try KithHome()
        let real = home.folder.appendingPathComponent("synced-history")
        try Data("contacts\n".utf8).write(to: real)
        #expect(symlink(real.path, home.location.historyFile.path) == 0)
        let kith = try #require(builtExecutable(named: "kith"))
        let terminal = try PseudoTerminal(executable: kith, environment: home.environment())
        #expect(terminal.waitFor("kith> "))
        terminal.send("stats\r")
        #expect(terminal.waitFor("kith> "))
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
        #expect(
            (try? FileManager.default.destinationOfSymbolicLink(atPath: home.location.historyFile.path)) == real.path)
        #expect(home.read("synced-history")?.contains("stats") == true)
    }

    @Test func aStoreThatIsAFolderIsSaidPlainly() throws {
        let home = try KithHome()
        try FileManager.default.createDirectory(at: home.location.storeFile, withIntermediateDirectories: false)
        for arguments in [["contacts"], ["doctor"], ["log", "Ana", "call"]] {
            let result = try home.run(arguments)
            #expect(result.status != 0)
            let text = result.stdout + result.stderr
            #expect(text.contains("it is a folder, not a file"), "\(arguments): \(text)")
            #expect(!text.contains("NSCocoaErrorDomain") && !text.contains("could not be completed"), "\(text)")
        }
    }
}
