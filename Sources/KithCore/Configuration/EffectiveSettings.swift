/// Every setting in effect, keyed as in the configuration file, with where each comes from:
/// what `kith config` shows.
package struct EffectiveSettings: Hashable, Sendable {
    /// One setting: its dotted key (`tiers.close.ideal`), value and origin.
    package struct Entry: Hashable, Sendable {
        package let key: String
        package let value: TOMLLiteral
        package let origin: SettingOrigin
    }

    package let entries: [Entry]

    /// The settings for `configuration`, with the language from `language` (see `LanguageChoice`).
    package init(configuration: KithConfiguration, language: (PromptBook.Language, SettingOrigin)) {
        var entries = [Entry(key: "language", value: .string(language.0.rawValue), origin: language.1)]
        func origin(_ path: [String]) -> SettingOrigin {
            configuration.line(of: path).map { .file(path: configuration.file.path, line: $0) } ?? .builtIn
        }
        func add(_ path: [String], _ value: TOMLLiteral) {
            entries.append(Entry(key: TOMLText.path(path), value: value, origin: origin(path)))
        }
        let settings = configuration.settings
        add(["introductions"], .string(settings.introductionStyle.configName))
        add(["tiers", "default"], .string(settings.defaultTier ?? CadenceTier.defaultTierName))
        let tiers = settings.allTiers.sorted { ($0.value.idealDays, $0.key) < ($1.value.idealDays, $1.key) }
        for (name, tier) in tiers {
            add(["tiers", name, "ideal"], .integer(tier.idealDays))
            add(["tiers", name, "maximum"], .integer(tier.maximumDays))
        }
        for (folded, tag) in configuration.tagsAsWritten.sorted(by: { $0.key < $1.key }) {
            if let tier = settings.tagTiers[folded] { add(["tag-tiers", tag], .string(tier)) }
        }
        if let sync = configuration.sync {
            add(["sync", "contacts"], .string(sync.contactsFolder))
            if let tasks = sync.tasksFolder { add(["sync", "tasks"], .string(tasks)) }
            add(["sync", "tags"], .strings(sync.tags))
            add(["sync", "private"], .strings(sync.privateFields))
            add(["sync", "task-days"], .integer(sync.taskDays))
        }
        self.entries = entries
    }
}
