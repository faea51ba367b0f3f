/// The coach settings older kiths kept in the store (`settings`), as edits of the
/// configuration file: each setting the store holds and the file does not already set.
///
/// What the file sets wins; the store's value for it is the one left behind.
package enum SettingsMigration {
    package static func edits(
        moving stored: NetworkSettings, into configuration: KithConfiguration
    ) -> [ConfigurationEdit] {
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

    /// The edits that turn the file's coach settings from `old` into `new` (a change made
    /// through the store: `kith tier --tag`, an undo, a restored backup); what changed wins.
    package static func edits(
        changing old: NetworkSettings, to new: NetworkSettings, in configuration: KithConfiguration
    ) -> [ConfigurationEdit] {
        var edits: [ConfigurationEdit] = []
        if new.introductionStyle != old.introductionStyle {
            edits.append(.set(["introductions"], .string(new.introductionStyle.configName)))
        }
        if new.defaultTier != old.defaultTier {
            let path = ["tiers", "default"]
            edits.append(new.defaultTier.map { .set(path, .string($0)) } ?? .remove(path))
        }
        for name in Set(old.cadenceTiers.keys).union(new.cadenceTiers.keys).sorted()
        where new.cadenceTiers[name] != old.cadenceTiers[name] {
            if let tier = new.cadenceTiers[name] {
                edits += [
                    .set(["tiers", name, "ideal"], .integer(tier.idealDays)),
                    .set(["tiers", name, "maximum"], .integer(tier.maximumDays)),
                ]
            } else {
                edits += [.remove(["tiers", name, "ideal"]), .remove(["tiers", name, "maximum"])]
            }
        }
        let tags = Set(old.tagTiers.keys).union(new.tagTiers.keys).sorted()
        for tag in tags where new.tagTiers[tag] != old.tagTiers[tag] {
            let path = ["tag-tiers", configuration.tagsAsWritten[tag] ?? tag]
            edits.append(new.tagTiers[tag].map { .set(path, .string($0)) } ?? .remove(path))
        }
        return edits
    }
}
