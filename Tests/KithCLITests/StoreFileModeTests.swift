import Foundation
import Testing

/// Every file kith writes is private (0600), and its folder 0700, even under `umask 000`.
@Suite struct StoreFileModeTests {
    @Test func filesStayPrivateWithAPermissiveUmask() throws {
        let home = try KithHome()
        try FileManager.default.removeItem(at: home.dataFolder)
        let location = home.location

        // A debrief cut short leaves a draft; a finished one writes the store.
        let stopped = try home.runProcess(["debrief", "Ana"], input: "meetup\nfunding\n", permissiveUmask: true)
        #expect(stopped.status != 0)
        #expect(home.mode(location.draftFile) == 0o600)
        #expect(home.mode(location.folder) == 0o700)
        let resumed = try home.runProcess(["debrief", "--resume"], input: "\n\n\n\n\n", permissiveUmask: true)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try home.runProcess(["debrief", "Bea"], input: "\n\n\n\n\n\n", permissiveUmask: true).status == 0)
        for file in [location.storeFile, location.backupFile, location.lockFile] {
            #expect(home.mode(file) == 0o600, "\(file.lastPathComponent)")
        }
        let generations = try FileManager.default.contentsOfDirectory(atPath: location.backupsFolder.path).sorted()
        #expect(generations.count == 2, "\(generations)")
        let restored = try home.runProcess(["doctor", "--restore", generations[0], "--yes"], permissiveUmask: true)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(home.mode(location.backupsFolder) == 0o700)
        for entry in home.entries() where entry != "backups" {
            #expect(home.mode(home.dataFolder.appendingPathComponent(entry)) == 0o600, "\(entry)")
        }
        for entry in try FileManager.default.contentsOfDirectory(atPath: location.backupsFolder.path) {
            #expect(home.mode(location.backupsFolder.appendingPathComponent(entry)) == 0o600, "\(entry)")
        }
    }

    @Test func doctorTightensFilesOthersCanRead() throws {
        let home = try KithHome()
        #expect(try home.run(["import", try home.write(#"{"name": "Ana"}"#, to: "a.json")]).status == 0)
        chmod(home.location.storeFile.path, 0o644)
        let result = try home.run(["doctor"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("store.json is readable by others (mode 644)"))
        #expect(home.mode(home.location.storeFile) == 0o600)
    }
}
