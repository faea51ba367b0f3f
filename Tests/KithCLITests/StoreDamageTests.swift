import Foundation
import KithCore
import Testing

/// A damaged or newer store is refused, untouched, by every command; `kith doctor` reports it and
/// `--restore` goes back to the backup.
@Suite struct StoreDamageTests {
    static let damaged: [(text: String, mention: String)] = [
        ("{\n  \"schemaVersion\": 1,\n  \"contacts\": [ , ]\n}\n", "line 3, column 17"),
        (#"{"schemaVersion": 1, "contacts": [{"id": 3, "name": "Ana", "added": "2026-01-01"}]}"#, "contacts[0].id"),
        (#"{"schemaVersion": 1, "contacts": "nobody"}"#, "contacts"),
        (#"{"schemaVersion": 9, "contacts": []}"#, "newer kith"),
    ]

    @Test(arguments: damaged.indices)
    func commandsRefuseADamagedStoreAndLeaveItAlone(index: Int) throws {
        let (text, mention) = Self.damaged[index]
        let home = try KithHome()
        try Data(text.utf8).write(to: home.location.storeFile)
        let path = home.location.storeFile.path
        let runs = [
            try home.run(["contacts"]),
            try home.run(["contact", "Ana"]),
            try home.run(["debrief"], input: "Ana\nmeetup\n\n\n\n\n\n"),
            try home.run(["debrief", "Ana"], input: "meetup\n"),
            try home.run(["import", try home.write(#"{"name": "Ana"}"#, to: "a.json")]),
        ]
        for result in runs {
            #expect(result.status != 0)
            #expect(result.stderr.contains(path), "\(result.stderr)")
            #expect(result.stderr.contains(mention), "\(result.stderr)")
            #expect(result.stderr.contains("kith doctor"), "\(result.stderr)")
        }
        #expect(home.bytes(home.location.storeFile) == Data(text.utf8))
        // No answers were asked for in vain: no draft, no backup, nothing new.
        #expect(home.entries() == ["store.json"])
    }

    @Test func doctorReportsTheDamageAndRestoresTheBackup() throws {
        let home = try KithHome()
        #expect(try home.run(["import", try home.write(#"{"name": "Ana"}"#, to: "a.json")]).status == 0)
        #expect(try home.run(["import", try home.write(#"{"name": "Bea"}"#, to: "b.json")]).status == 0)
        let lastSave = try #require(home.bytes(home.location.storeFile))
        let damage = Data("{\"schemaVersion\": 1, \"contacts\": [\n".utf8)
        try damage.write(to: home.location.storeFile)

        let report = try home.run(["doctor"])
        #expect(report.status == 1)
        #expect(report.stdout.contains("✗ store"))
        #expect(report.stdout.contains(home.location.storeFile.path))
        #expect(report.stdout.contains("line 2, column 1"))
        #expect(report.stdout.contains("✓ backup: store.json.bak is fine (1 person;"), "\(report.stdout)")
        #expect(report.stdout.contains("backups: 2 kept in backups/"), "\(report.stdout)")
        #expect(home.bytes(home.location.storeFile) == damage)

        // Without a terminal, a restore needs --yes; then the newest save comes back whole.
        let unconfirmed = try home.run(["doctor", "--restore"])
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.stderr.contains("--yes"), "\(unconfirmed.stderr)")
        #expect(home.bytes(home.location.storeFile) == damage)
        let restore = try home.run(["doctor", "--restore", "--yes"])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("cannot be read; it will be kept aside"), "\(restore.stdout)")
        #expect(home.bytes(home.location.storeFile) == lastSave)
        let aside = try #require(home.entries().first { $0.hasPrefix("store.json.damaged-") })
        #expect(restore.stdout.contains(aside))
        #expect(home.bytes(home.dataFolder.appendingPathComponent(aside)) == damage)
        #expect(try home.loadNetwork().contacts.map(\.name) == ["Ana", "Bea"])
        #expect(try home.run(["doctor"]).status == 0)
        let list = try home.run(["contacts"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("Ana"))
    }

    @Test func restoreWithoutABackupSaysSo() throws {
        let home = try KithHome()
        let result = try home.run(["doctor", "--restore"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("there is no backup to restore"))
    }
}
