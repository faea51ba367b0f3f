import Foundation
import Testing

@testable import KithCore

/// A file using every key of schema version 1.
let fullConfiguration = """
    # kith's settings
    version = 1
    language = "es"   # Spanish, whatever the locale
    introductions = "double-opt-in"

    [tiers]
    default = "monthly"

    [tiers.monthly]
    ideal = 30
    maximum = 40

    [tiers.close]
    ideal = 20        # maximum stays the built-in 45

    [tag-tiers]
    Family = "close"
    "old friends" = "monthly"

    [sync]
    contacts = "~/.local/share/vdirsyncer/contacts/default"
    tasks = "/srv/tasks"
    tags = ["work", "family"]
    private = [
        "notes",   # kept on this machine
        "promises",
    ]
    task-days = 7
    """

@Suite("Reading config.toml")
struct ConfigurationReaderTests {
    @Test("every key of version 1 is read, with defaults filled in and the line of each key")
    func fullFile() throws {
        let folder = try ConfigurationTestFolder()
        try folder.write(fullConfiguration)
        let configuration = try folder.configuration.load()
        #expect(configuration.exists)
        #expect(configuration.version == 1)
        #expect(configuration.language == .es)
        #expect(configuration.introductionStyle == .doubleOptIn)
        #expect(configuration.defaultTier == "monthly")
        #expect(configuration.cadenceTiers["monthly"] == CadenceTier(idealDays: 30, maximumDays: 40))
        #expect(configuration.cadenceTiers["close"] == CadenceTier(idealDays: 20, maximumDays: 45))
        #expect(configuration.tagTiers == ["family": "close", "old friends": "monthly"])
        #expect(configuration.tagsAsWritten["family"] == "Family")
        let sync = try #require(configuration.sync)
        #expect(
            sync
                == SyncSettings(
                    contactsFolder: "/home/ana/.local/share/vdirsyncer/contacts/default", tasksFolder: "/srv/tasks",
                    tags: ["work", "family"], privateFields: ["notes", "promises"], taskDays: 7))
        #expect(configuration.line(of: ["language"]) == 3)
        #expect(configuration.line(of: ["tiers", "close", "ideal"]) == 14)
        #expect(configuration.line(of: ["tag-tiers", "old friends"]) == 18)
        #expect(configuration.line(of: ["sync", "private"]) == 24)
        #expect(configuration.line(of: ["sync", "task-days"]) == 28)
        let settings = configuration.settings
        #expect(settings.introductionStyle == .doubleOptIn)
        #expect(settings.allTiers["regular"] == CadenceTier(idealDays: 90, maximumDays: 120))
    }

    @Test("a missing file is an empty configuration: the defaults, no [sync]")
    func missingFile() throws {
        let folder = try ConfigurationTestFolder()
        let configuration = try folder.configuration.load()
        #expect(!configuration.exists)
        #expect(configuration.sync == nil)
        #expect(configuration.language == nil)
        #expect(configuration.settings.isDefault)
        #expect(!configuration.setsCoachSettings)
    }

    @Test("a file without version is version 1; [sync] alone is enough; task-days defaults to 14")
    func minimalSync() throws {
        let folder = try ConfigurationTestFolder()
        try folder.write("[sync]\ncontacts = \"contacts\"\n")
        let configuration = try folder.configuration.load()
        let sync = try #require(configuration.sync)
        #expect(sync.contactsFolder == folder.url.appendingPathComponent("kith/contacts").path)
        #expect(sync.tasksFolder == nil)
        #expect(sync.taskDays == 14)
        #expect(sync.tags.isEmpty && sync.privateFields.isEmpty)
    }

    @Test("the file's path: KITH_CONFIG, else XDG_CONFIG_HOME, else ~/.config")
    func path() {
        #expect(
            ConfigurationPaths.file(environment: ["HOME": "/home/ana"]).path
                == "/home/ana/.config/kith/config.toml")
        #expect(
            ConfigurationPaths.file(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "/xdg"]).path
                == "/xdg/kith/config.toml")
        #expect(
            ConfigurationPaths.file(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "relative"]).path
                == "/home/ana/.config/kith/config.toml")
        #expect(
            ConfigurationPaths.file(environment: [
                "HOME": "/home/ana", "XDG_CONFIG_HOME": "/xdg",
                "KITH_CONFIG": "~/kith.toml",
            ]).path == "/home/ana/kith.toml")
    }
}
