import Foundation
import KithCore
import Testing

/// `kith export --all --format json` is a backup that `kith import` brings back without loss.
@Suite struct BackupImportTests {
    /// A home with history, an introduction, an action-log entry and a setting.
    func seededHome() throws -> KithHome {
        let home = try KithHome()
        try home.importDebriefs(
            """
            {"name": "Ana Ruiz", "met": "2026-11-01", "context": "fair", "needs": ["a lawyer"], "promises": ["send the deck"], "email": "ana@ruiz.example"}
            {"name": "Ben Ortiz", "met": "2026-11-02", "offers": ["contract law"], "knows": ["Ana Ruiz"]}
            """)
        let store = Store(location: home.location)
        try store.load()
        try store.update { network in
            let ana = network.contacts[0].id
            let ben = network.contacts[1].id
            network.introductions.append(
                Introduction(first: ana, second: ben, why: "a lawyer", suggested: Day("2026-11-03")!))
            network.actionLog.append(
                ActionLogEntry(id: "l1", key: "k", ruleID: "follow-up", state: .done, on: Day("2026-11-04")!))
            network.settings.introductionStyle = .doubleOptIn
            network.contacts[0].tier = "close"
        }
        return home
    }

    @Test func aBackupRestoredIntoAnEmptyStoreIsTheSameStore() throws {
        let home = try seededHome()
        let export = try home.run(["export", "--all", "--format", "json", "-o", "backup.json"])
        #expect(export.status == 0, "\(export.stderr)")
        let original = try home.loadNetwork()
        let fresh = try KithHome()
        try FileManager.default.copyItem(
            at: home.folder.appendingPathComponent("backup.json"),
            to: fresh.folder.appendingPathComponent("backup.json"))
        let result = try fresh.run(["import", "backup.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "restored the whole backup into the empty store (2 people, 1 introductions, 1 action-log entries"))
        #expect(try fresh.loadNetwork() == original)
        #expect(fresh.read("home/store.json") == home.read("home/store.json"))
        // The coach settings live in the configuration file, on both sides.
        let config = try String(contentsOf: fresh.configFile, encoding: .utf8)
        #expect(config.contains("introductions = \"double-opt-in\""))
    }

    @Test func aBackupMergesByUIDIntoAStoreThatHoldsPeople() throws {
        let home = try seededHome()
        #expect(try home.run(["export", "--all", "--format", "json", "-o", "backup.json"]).status == 0)
        // After the backup: a new person, and Ana's role typed by the user.
        try home.importDebriefs(#"{"name": "Cy Lee"}"#)
        let store = Store(location: home.location)
        try store.load()
        try store.update {
            $0.contacts[0].role = "partner"
            $0.contacts[0].needs.removeAll()
        }
        let result = try home.run(["import", "backup.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "merged by UID: added 0, updated 1, unchanged 1; 0 introductions and 0 action-log entries added"),
            "\(result.stdout)")
        let network = try home.loadNetwork()
        #expect(network.contacts.map(\.name) == ["Ana Ruiz", "Ben Ortiz", "Cy Lee"])
        #expect(network.contacts[0].role == "partner")
        #expect(network.contacts[0].needs.map(\.text) == ["a lawyer"])
        #expect(network.introductions.count == 1)
        let again = try home.run(["import", "backup.json"])
        #expect(again.stdout.contains("added 0, updated 0, unchanged 2"))
    }

    @Test func aDamagedBackupIsRefusedAndChangesNothing() throws {
        let home = try seededHome()
        let before = home.read("home/store.json")
        try home.write(#"{"schemaVersion": 2, "contacts": [ {"id": 5} ]}"#, to: "bad.json")
        let result = try home.run(["import", "bad.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot import bad.json as a kith backup"))
        #expect(home.read("home/store.json") == before)
    }
}
