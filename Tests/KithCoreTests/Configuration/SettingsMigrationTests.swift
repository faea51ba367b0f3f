import Foundation
import Testing

@testable import KithCore

@Suite("Coach settings move from the store to config.toml, once")
struct SettingsMigrationTests {
    private let storeWithSettings = """
        {"schemaVersion": 2, "contacts": [],
         "settings": {"introductionStyle": "doubleOptIn",
                      "cadenceTiers": {"inner": {"idealDays": 7, "maximumDays": 14}},
                      "tagTiers": {"family": "inner", "work": "regular"}, "defaultTier": "close", "theme": "dark"}}
        """

    /// Loads the store, moves its settings into `file` as the command line does, and returns
    /// the configuration then in effect and whether anything moved.
    private func migrate(_ location: StoreLocation, _ file: ConfigurationFile) throws -> (KithConfiguration, Bool) {
        let store = Store(location: location)
        try store.load()
        var configuration = try file.load()
        let moved = try store.moveSettingsOut { stored in
            let edits = SettingsMigration.edits(moving: stored, into: configuration)
            if !edits.isEmpty { configuration = try file.apply(edits) }
        }
        store.externalSettings = configuration.settings
        #expect(store.network.settings == configuration.settings)
        return (configuration, moved)
    }

    @Test("into no file: every setting is written, the store keeps only a newer kith's fields; a rerun moves nothing")
    func intoNewFile() throws {
        let data = try StoreTestFolder()
        try data.write(storeWithSettings)
        let folder = try ConfigurationTestFolder()
        let (configuration, moved) = try migrate(data.location, folder.configuration)
        #expect(moved)
        #expect(configuration.introductionStyle == .doubleOptIn)
        #expect(configuration.cadenceTiers == ["inner": CadenceTier(idealDays: 7, maximumDays: 14)])
        #expect(configuration.tagTiers == ["family": "inner", "work": "regular"])
        #expect(configuration.defaultTier == "close")
        let stored = try String(contentsOf: data.location.storeFile, encoding: .utf8)
        #expect(!stored.contains("doubleOptIn") && !stored.contains("tagTiers"))
        #expect(stored.contains("\"theme\" : \"dark\""))
        #expect(try String(contentsOf: data.location.backupFile, encoding: .utf8).contains("tagTiers"))
        let before = try folder.text()
        let (again, movedAgain) = try migrate(data.location, folder.configuration)
        #expect(!movedAgain)
        #expect(again.settings == configuration.settings)
        #expect(try folder.text() == before)
    }

    @Test("into an existing file: its comments and keys stay, and what it sets wins")
    func intoExistingFile() throws {
        let data = try StoreTestFolder()
        try data.write(storeWithSettings)
        let folder = try ConfigurationTestFolder()
        try folder.write("# mine\nintroductions = \"both-ways\"  # I like it\n\n[tag-tiers]\nwork = \"close\"\n")
        let (configuration, moved) = try migrate(data.location, folder.configuration)
        #expect(moved)
        #expect(configuration.introductionStyle == .bothWays)
        #expect(configuration.tagTiers == ["family": "inner", "work": "close"])
        let text = try folder.text()
        #expect(text.hasPrefix("# mine\nintroductions = \"both-ways\"  # I like it\n"))
        #expect(text.contains("family = \"inner\""))
    }

    @Test("a broken file stops the move: the file is untouched and the store keeps its settings")
    func brokenFile() throws {
        let data = try StoreTestFolder()
        try data.write(storeWithSettings)
        let folder = try ConfigurationTestFolder()
        try folder.write("introductions = \n")
        let store = Store(location: data.location)
        try store.load()
        #expect(throws: ConfigurationError.self) {
            try store.moveSettingsOut { stored in
                let edits = SettingsMigration.edits(moving: stored, into: KithConfiguration(file: folder.file))
                try folder.configuration.apply(edits)
            }
        }
        #expect(try folder.text() == "introductions = \n")
        #expect(try String(contentsOf: data.location.storeFile, encoding: .utf8) == storeWithSettings)
        #expect(store.holdsMovableSettings)
    }

    @Test("with settings kept elsewhere, saves leave the store's own untouched")
    func savesKeepStoredSettings() throws {
        let data = try StoreTestFolder()
        try data.write(storeWithSettings)
        let store = Store(location: data.location)
        try store.load()
        var external = NetworkSettings()
        external.defaultTier = "regular"
        store.externalSettings = external
        #expect(store.network.settings == external)
        try store.update { network in network.me.name = "Ana" }
        #expect(store.network.settings == external)
        let reread = Store(location: data.location)
        try reread.load()
        #expect(reread.network.settings.tagTiers == ["family": "inner", "work": "regular"])
        #expect(reread.network.me.name == "Ana")
    }

    @Test("a change of the settings through the store goes to where they are kept; when that fails, nothing is saved")
    func changesThroughTheStore() throws {
        let data = try StoreTestFolder()
        let folder = try ConfigurationTestFolder()
        try folder.write("# mine\n[tag-tiers]\nFamily = \"regular\"\n")
        let store = Store(location: data.location)
        try store.load()
        store.externalSettings = try folder.configuration.load().settings
        store.onSettingsChange = { old, new in
            let edits = SettingsMigration.edits(changing: old, to: new, in: try folder.configuration.load())
            try folder.configuration.apply(edits)
        }
        try store.update { network in
            try network.setTagTier(tag: "family", tier: "close")
            network.setIntroductionStyle(.doubleOptIn)
            network.me.name = "Ana"
        }
        #expect(try folder.text() == "introductions = \"double-opt-in\"\n\n# mine\n[tag-tiers]\nFamily = \"close\"\n")
        #expect(store.network.settings.tagTiers == ["family": "close"])
        let saved = try String(contentsOf: data.location.storeFile, encoding: .utf8)
        #expect(saved.contains("Ana") && !saved.contains("tagTiers") && !saved.contains("doubleOptIn"))
        store.onSettingsChange = { _, _ in throw ConfigurationError(path: "x", problem: .cannotEdit) }
        #expect(throws: ConfigurationError.self) {
            try store.update { network in
                try network.setTagTier(tag: "family", tier: nil)
                network.me.name = "Bea"
            }
        }
        #expect(try String(contentsOf: data.location.storeFile, encoding: .utf8) == saved)
        #expect(store.network.settings.tagTiers == ["family": "close"])
    }

    @Test("the edits for a change: only what changed, removals included, tags as the file spells them")
    func editsForAChange() throws {
        var old = NetworkSettings()
        old.cadenceTiers["weekly"] = CadenceTier(idealDays: 7, maximumDays: 10)
        old.tagTiers = ["family": "close", "work": "regular"]
        old.defaultTier = "close"
        var new = old
        new.cadenceTiers["weekly"] = nil
        new.tagTiers["family"] = nil
        new.tagTiers["work"] = "close"
        new.defaultTier = nil
        var configuration = KithConfiguration(file: URL(fileURLWithPath: "/c.toml"), exists: true)
        configuration.tagsAsWritten = ["family": "Family"]
        #expect(
            SettingsMigration.edits(changing: old, to: new, in: configuration) == [
                .remove(["tiers", "default"]),
                .remove(["tiers", "weekly", "ideal"]), .remove(["tiers", "weekly", "maximum"]),
                .remove(["tag-tiers", "Family"]), .set(["tag-tiers", "work"], .string("close")),
            ])
        #expect(SettingsMigration.edits(changing: old, to: old, in: configuration).isEmpty)
    }
}
