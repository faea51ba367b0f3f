/// The coach settings older kiths kept in the store (`settings`), as edits of the
/// configuration file: each setting the store holds and the file does not already set.
///
/// What the file sets wins; the store's value for it is the one left behind.
public enum SettingsMigration {
    public static func edits(moving stored: NetworkSettings, into configuration: KithConfiguration) -> [ConfigurationEdit] {
        var edits: [ConfigurationEdit] = []
        if stored.introductionStyle != .bothWays, configuration.introductionStyle == nil {
            edits.append(.set(["introductions"], .string(stored.introductionStyle.configName)))
        }
        if let tier = stored.defaultTier, configuration.defaultTier == nil {
            edits.append(.set(["tiers", "default"], .string(tier)))
        }
        for (name, tier) in stored.cadenceTiers.sorted(by: { $0.key < $1.key }) {
            if configuration.line(of: ["tiers", name, "ideal"]) == nil {
                edits.append(.set(["tiers", name, "ideal"], .integer(tier.idealDays)))
            }
            if configuration.line(of: ["tiers", name, "maximum"]) == nil {
                edits.append(.set(["tiers", name, "maximum"], .integer(tier.maximumDays)))
            }
        }
        for (tag, tier) in stored.tagTiers.sorted(by: { $0.key < $1.key }) where configuration.tagTiers[tag] == nil {
            edits.append(.set(["tag-tiers", tag], .string(tier)))
        }
        return edits
    }
}
