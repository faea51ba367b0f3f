/// Decides a contact's cadence tier: its own `tier`, else a tiered tag (the closest tier wins),
/// else the settings' default tier, else `regular`. Unknown tier names fall through to the next.
struct TierResolver {
    let tiers: [String: CadenceTier]
    let tagTiers: [String: String]
    let fallbackName: String
    let fallback: CadenceTier

    init(settings: NetworkSettings) {
        tiers = settings.allTiers
        var tagTiers: [String: String] = [:]
        for (tag, tier) in settings.tagTiers { tagTiers[TextFolding.fold(tag)] = tier }
        self.tagTiers = tagTiers
        if let name = settings.defaultTier, let tier = tiers[name] {
            fallbackName = name
            fallback = tier
        } else {
            fallbackName = CadenceTier.defaultTierName
            fallback = tiers[CadenceTier.defaultTierName] ?? CadenceTier(idealDays: 90, maximumDays: 120)
        }
    }

    func tier(for contact: Contact) -> (String, CadenceTier) {
        if let name = contact.tier, let tier = tiers[name] { return (name, tier) }
        if !tagTiers.isEmpty {
            var best: (String, CadenceTier)?
            for tag in contact.tags {
                guard let name = tagTiers[TextFolding.fold(tag)], let tier = tiers[name] else { continue }
                if best.map({ tier.idealDays < $0.1.idealDays }) ?? true { best = (name, tier) }
            }
            if let best { return best }
        }
        return (fallbackName, fallback)
    }
}
