import Foundation
import Testing

/// The built `kith` carries its shipped prompts, rules and knowledge: a copy in an empty folder,
/// with no source tree and no KITH_SHARE, runs as well as the one in `.build`.
@Suite struct CopiedBinaryTests {
    /// Runs the copied binary with only the variables given (no KITH_SHARE).
    func run(_ binary: URL, _ arguments: [String], input: String = "", environment: [String: String]) throws
        -> KithResult
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = binary.deletingLastPathComponent()
        return try KithResult.run(process, input: Data(input.utf8))
    }

    /// An empty folder with a copy of kith in `bin/`, and the environment a user would have.
    func copiedBinary(_ home: KithHome) throws -> (URL, [String: String]) {
        let built = try #require(builtExecutable(named: "kith"), "the kith executable was not built")
        let bin = home.folder.appendingPathComponent("bin", isDirectory: true)
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("kith")
        try FileManager.default.copyItem(atPath: built, toPath: copy.path)
        let environment = [
            "HOME": home.folder.path, "PATH": "/usr/bin:/bin", "KITH_HOME": home.dataFolder.path,
            "KITH_TODAY": "2026-11-23", "LANG": "C.UTF-8", "NO_COLOR": "1",
            "XDG_CACHE_HOME": home.folder.appendingPathComponent("cache").path,
        ]
        return (copy, environment)
    }

    @Test func aCopyInAnEmptyFolderRunsTodayOnAStore() throws {
        let home = try KithHome()
        let (kith, environment) = try copiedBinary(home)
        let debrief = try run(
            kith, ["debrief"], input: "Ana Gil\nConference\nan accountant\n\nwebsites\n\n\n\n\n",
            environment: environment)
        #expect(debrief.status == 0, "debrief failed: \(debrief.stderr)")
        let today = try run(kith, ["today"], environment: environment)
        #expect(today.status == 0, "today failed: \(today.stderr)")
        #expect(today.stdout.contains("Ana Gil"))
        #expect(!today.stderr.contains("cannot find"))
        // The shipped rules are there: `rules list` names the shipped follow-up rule.
        let rules = try run(kith, ["rules"], environment: environment)
        #expect(
            rules.status == 0 && rules.stdout.contains("same-day-follow-up"), "rules: \(rules.stdout) \(rules.stderr)")
    }

    @Test func theUsersOwnRulesStillOverrideTheBuiltInOnes() throws {
        let home = try KithHome()
        let (kith, environment) = try copiedBinary(home)
        try home.write(
            #"{"schemaVersion": 1, "rules": [{"id": "same-day-follow-up", "title": "My own follow-up"}]}"#,
            to: "home/rules.json")
        let rules = try run(kith, ["rules"], environment: environment)
        let line = rules.stdout.split(separator: "\n").first { $0.hasPrefix("same-day-follow-up") }
        #expect(
            line?.contains("yours") == true && line?.contains("My own follow-up") == true,
            "rules: \(rules.stdout) \(rules.stderr)")
    }

    @Test func anUnwritableCacheFallsBackAndABadKithShareIsNamed() throws {
        let home = try KithHome()
        var (kith, environment) = try copiedBinary(home)
        // A cache folder that is a file cannot hold the unpacked files: kith uses another place.
        try home.write("not a folder", to: "cache-file")
        environment["XDG_CACHE_HOME"] = home.folder.appendingPathComponent("cache-file").path
        let contacts = try run(kith, ["contacts"], environment: environment)
        #expect(contacts.status == 0, "contacts failed: \(contacts.stderr)")
        environment["KITH_SHARE"] = "/nonexistent/share"
        let broken = try run(kith, ["contacts"], environment: environment)
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("/nonexistent/share"))
    }
}
