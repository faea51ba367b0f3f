import Foundation

/// The contents of kith's configuration file (`config.toml`), checked and with defaults known.
///
/// Every field is what the file says, or nil/empty when it says nothing; `settings` combines the
/// file's coach settings with the built-in ones. `lines` tells where each key was written, so
/// `kith config` can say where a setting comes from.
package struct KithConfiguration: Hashable, Sendable {
    /// The newest schema version this kith reads and the one it writes.
    package static let currentVersion = 1

    /// The file read (or that would be read: it may not exist).
    package var file: URL
    /// False when there is no file: everything is at its default.
    package var exists: Bool
    package var version: Int = KithConfiguration.currentVersion
    /// `language`: the language of kith's texts.
    package var language: PromptBook.Language?
    /// `introductions`: how introductions are suggested.
    package var introductionStyle: IntroductionStyle?
    /// `[tiers.NAME]`: tiers added or changed, with the built-in values filled in where a
    /// built-in tier gives only one of `ideal` and `maximum`.
    package var cadenceTiers: [String: CadenceTier] = [:]
    /// `[tag-tiers]`: folded tag → tier name.
    package var tagTiers: [String: String] = [:]
    /// Folded tag → the tag as the file spells it, to change the same key.
    package var tagsAsWritten: [String: String] = [:]
    /// `[tiers] default`: the tier of people with neither their own tier nor a tiered tag.
    package var defaultTier: String?
    /// `[sync]`: what `kith sync` exchanges, or nil when the file has no `[sync]` table.
    package var sync: SyncSettings?
    /// The 1-based line of each key the file sets, by its dotted path (`sync.contacts`).
    package var lines: [String: Int] = [:]

    /// An empty configuration for `file` (a file that does not exist).
    package init(file: URL, exists: Bool = false) {
        self.file = file
        self.exists = exists
    }

    /// The coach settings in effect: the file's over the built-in ones.
    package var settings: NetworkSettings {
        var settings = NetworkSettings()
        settings.introductionStyle = introductionStyle ?? .bothWays
        settings.cadenceTiers = cadenceTiers
        settings.tagTiers = tagTiers
        settings.defaultTier = defaultTier
        return settings
    }

    /// `stored` (settings kept elsewhere) with what the file sets on top.
    package func settings(over stored: NetworkSettings) -> NetworkSettings {
        var settings = stored
        if let introductionStyle { settings.introductionStyle = introductionStyle }
        settings.cadenceTiers.merge(cadenceTiers) { _, file in file }
        settings.tagTiers.merge(tagTiers) { _, file in file }
        if let defaultTier { settings.defaultTier = defaultTier }
        return settings
    }

    /// True when the file sets any coach setting (introductions, tiers, tag tiers).
    package var setsCoachSettings: Bool {
        introductionStyle != nil || !cadenceTiers.isEmpty || !tagTiers.isEmpty || defaultTier != nil
    }

    /// The line where `path` (dotted, as `lines` keys it) is set, when the file sets it.
    package func line(of path: [String]) -> Int? {
        lines[TOMLText.path(path)]
    }
}

extension IntroductionStyle {
    /// The style's name in the configuration file and on the command line.
    package var configName: String {
        switch self {
        case .bothWays: return "both-ways"
        case .doubleOptIn: return "double-opt-in"
        }
    }

    /// The style named `name` in the configuration file.
    package init?(configName: String) {
        guard let style = Self.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = style
    }
}
