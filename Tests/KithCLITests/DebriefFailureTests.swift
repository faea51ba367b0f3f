import Foundation
import Testing

/// A debrief never loses what was typed: not on a full disk, not with an unreadable draft.
@Suite struct DebriefFailureTests {
    /// Runs kith with every file write failing (a file size limit of 0, its signal ignored),
    /// as on a full disk.
    private func runOnAFullDisk(_ home: KithHome, _ arguments: [String], input: String) throws -> KithResult {
        let kith = try #require(builtExecutable(named: "kith"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"", kith] + arguments
        process.environment = home.environment()
        process.currentDirectoryURL = home.folder
        return try KithResult.run(process, input: Data(input.utf8))
    }

    @Test func onAFullDiskTheAnswersArePrintedInsteadOfLost() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Someone Else"}]"#)
        let before = home.read("home/store.json")
        let result = try runOnAFullDisk(
            home, ["debrief", "Nora Vidal"],
            input: "book fair\na publisher for her novel\n\n\n\nsend the contract\n\nloves tea\n")
        #expect(result.exited && result.status != 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("could not be written to the draft"), "\(result.stderr)")
        #expect(result.stdout.contains("Your answers, to copy somewhere safe:"), "\(result.stdout)")
        for typed in ["Nora Vidal", "book fair", "a publisher for her novel", "send the contract", "loves tea"] {
            #expect(result.stdout.contains(typed), "\(typed) missing from \(result.stdout)")
        }
        #expect(home.read("home/store.json") == before)
        #expect(!home.entries().contains { $0.contains(".tmp-") }, "\(home.entries())")
    }

    @Test func anUnreadableDraftNeverBlocksADebriefAndDiscardSetsItAside() throws {
        let home = try KithHome()
        let draft = home.location.draftFile
        try Data("{ not a draft".utf8).write(to: draft)

        let doctor = try home.run(["doctor"])
        #expect(doctor.stdout.contains("cannot be read: 'kith debrief --discard' sets it aside"), "\(doctor.stdout)")
        let resume = try home.run(["debrief", "--resume"])
        #expect(resume.status != 0)
        #expect(resume.stderr.contains("kith debrief --discard"), "\(resume.stderr)")
        // A new debrief goes ahead in another slot.
        let fresh = try home.run(["debrief", "Olga"], input: "cafe\n\n\n\n\n\n")
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(try home.loadNetwork().contacts.map(\.name) == ["Olga"])

        let discard = try home.run(["debrief", "--discard"])
        #expect(discard.status == 0, "\(discard.stderr)")
        let aside = try #require(home.entries().first { $0.hasPrefix("debrief-draft.json.unreadable-") })
        #expect(discard.stdout.contains(aside))
        #expect(home.read("home/\(aside)") == "{ not a draft")
        #expect(!FileManager.default.fileExists(atPath: draft.path))
        #expect(try home.run(["debrief", "--discard"]).status != 0)
    }

    @Test func leftoversOfAKilledWriterGoAtTheNextSaveButALiveWritersStay() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Ana"}]"#)
        // A pid that cannot be running, and this test process (alive).
        let dead = home.dataFolder.appendingPathComponent("debrief-draft.json.tmp-999999999-1")
        let live = home.dataFolder.appendingPathComponent("debrief-draft-2.json.tmp-\(getpid())-1")
        try Data("x".utf8).write(to: dead)
        try Data("x".utf8).write(to: live)
        try home.importDebriefs(#"[{"name": "Bea"}]"#)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
    }
}
