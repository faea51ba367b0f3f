import Foundation
import KithCore
import Testing

/// `kith config`, the configuration file's place in every command, and the one-time move of
/// the coach settings out of the store.
@Suite struct ConfigCommandTests {
    private func write(_ text: String, in home: KithHome) throws {
        try FileManager.default.createDirectory(
            at: home.configFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: home.configFile)
    }

    private func configText(_ home: KithHome) -> String? {
        try? String(contentsOf: home.configFile, encoding: .utf8)
    }

    @Test func withoutAFileEverySettingIsADefaultAndThePathIsShown() throws {
        let home = try KithHome()
        let result = try home.run(["config"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "Configuration file: \(home.configFile.path) (not there yet: the settings below are kith's defaults)"
        )
        #expect(
            lines.contains {
                $0.hasPrefix("  language  ") && $0.contains(" en ") && $0.hasSuffix("  locale (LANG)")
            })
        #expect(lines.contains { $0.contains("tiers.close.maximum") && $0.contains("45") && $0.hasSuffix("default") })
        #expect(lines.last == "No [sync] table: 'kith sync' needs one; see 'Configuration' in the README.")
        #expect(try home.run(["config", "--path"]).stdout == home.configFile.path + "\n")
        #expect(!FileManager.default.fileExists(atPath: home.configFile.path))
    }

    @Test func eachSettingSaysWhereItComesFrom() throws {
        let home = try KithHome()
        try write("version = 1\nlanguage = \"es\"\n\n[sync]\ncontacts = \"~/vdir\"\ntask-days = 3\n", in: home)
        let result = try home.run(["config", "--json"], environment: ["HOME": "/home/ana"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["file"] as? String == home.configFile.path)
        #expect(json["exists"] as? Bool == true)
        let settings = try #require(json["settings"] as? [[String: Any]])
        func setting(_ key: String) -> [String: Any]? { settings.first { $0["key"] as? String == key } }
        #expect(setting("language")?["value"] as? String == "es")
        #expect(setting("language")?["source"] as? String == "file")
        #expect(setting("language")?["line"] as? Int == 2)
        #expect(setting("sync.contacts")?["value"] as? String == "/home/ana/vdir")
        #expect(setting("sync.task-days")?["value"] as? Int == 3)
        #expect(setting("introductions")?["source"] as? String == "default")
        let overridden = try home.run(["config", "--json"], environment: ["KITH_LANG": "en"])
        #expect(overridden.stdout.contains("\"name\" : \"KITH_LANG\""))
        let flag = try home.run(["config", "--lang", "en"])
        #expect(flag.stdout.contains("option --lang"))
    }

    @Test func theFileSetsTheLanguageOverTheLocaleButNotOverKithLang() throws {
        let home = try KithHome()
        try write("language = \"es\"\n", in: home)
        let spanish = try home.run(["today"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(spanish.stdout.contains("nada que sugerir"), "\(spanish.stdout)")
        let english = try home.run(["today"], environment: ["KITH_LANG": "en"])
        #expect(english.stdout.contains("Nothing to suggest"), "\(english.stdout)")
        let flag = try home.run(["today", "--lang", "en"])
        #expect(flag.stdout.contains("Nothing to suggest"), "\(flag.stdout)")
    }

    @Test func aBrokenFileIsReportedWithItsLineAndLeftAlone() throws {
        let home = try KithHome()
        let text = "# mine\nlanguage = \"es\"\n[sync]\ncontacts = \"x\"\ntask-days = \"many\"\n"
        try write(text, in: home)
        let result = try home.run(["today"])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains(
                "\(home.configFile.path):5: 'sync.task-days' must be a whole number, not a string."))
        let change = try home.run(["me", "intro-style", "double-opt-in"])
        #expect(change.status != 0)
        #expect(configText(home) == text)
        let unknown = "version = 1\nlangage = \"es\"\n"
        try write(unknown, in: home)
        #expect(try home.run(["config"]).stderr.contains("config.toml:2: unknown key 'langage'"))
        try write("version = 7\n", in: home)
        let newer = try home.run(["contacts"], environment: ["KITH_LANG": "es"])
        #expect(
            newer.stderr.contains(
                "config.toml:1: este archivo de configuración es de un kith más reciente (versión 7"))
    }

    @Test func settingCommandsWriteTheFileKeepingItsComments() throws {
        let home = try KithHome()
        try write("# my settings\nlanguage = \"en\"  # always\n", in: home)
        #expect(try home.run(["me", "intro-style", "double-opt-in"]).status == 0)
        #expect(try home.run(["tier", "--tag", "Family", "close"]).status == 0)
        #expect(
            configText(home) == """
                # my settings
                language = "en"  # always
                introductions = "double-opt-in"

                [tag-tiers]
                family = "close"

                """)
        #expect(try home.run(["tier", "--tag", "family", "none"]).status == 0)
        #expect(configText(home)?.contains("family") == false)
        let mode = try FileManager.default.attributesOfItem(atPath: home.configFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(home.read("home/store.json")?.contains("settings") != true)
        // A setting changed through kith is undone like any other change.
        let undo = try home.run(["undo"])
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(configText(home)?.contains("family = \"close\"") == true)
    }

    @Test func storeSettingsMoveToTheFileOnceWithOneLine() throws {
        let home = try KithHome()
        try home.importDebriefs(
            """
            {"name": "Ana Ruiz", "met": "2026-11-01", "tags": ["family"]}
            """)
        let store = Store(location: home.location)
        try store.load()
        try store.update { network in
            network.settings.introductionStyle = .doubleOptIn
            network.settings.tagTiers["family"] = "close"
        }
        try write("# mine\n[sync]\ncontacts = \"x\"\n", in: home)
        let first = try home.run(["tier", "Ana"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("close (every 30 days, at most 45) — from the tag 'family'"))
        #expect(
            first.stderr
                == "Your settings (introductions and tiers) moved from the store to \(home.configFile.path).\n")
        #expect(
            configText(home) == """
                introductions = "double-opt-in"

                # mine
                [sync]
                contacts = "x"

                [tag-tiers]
                family = "close"

                """)
        #expect(home.read("home/store.json")?.contains("tagTiers") == false)
        let second = try home.run(["tier", "Ana"])
        #expect(second.stderr.isEmpty)
        #expect(second.stdout == first.stdout)
    }

    @Test func configShowsSettingsAnOlderKithKeptInTheStoreFromTheirNewPlace() throws {
        let home = try KithHome()
        let store = Store(location: home.location)
        try store.load()
        try store.update { network in network.settings.defaultTier = "close" }
        let result = try home.run(["config"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("tiers.default") })
        #expect(line.contains("close") && line.hasSuffix("\(home.configFile.path):4"))
        #expect(result.stderr.contains("moved from the store"))
    }
}
