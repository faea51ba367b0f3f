import ArgumentParser
import KithCore

/// `kith tier`: how often the coach suggests reconnecting with someone, or everyone with a tag.
struct TierCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "tier",
        abstract: "Show or set how often to keep in touch with someone (close, regular, acquaintance).",
        discussion: """
            kith tier NAME shows the tier in effect; kith tier NAME TIER sets it for one person; \
            kith tier --tag TAG TIER sets it for everyone tagged TAG who has no tier of their own. \
            TIER 'none' removes the setting. Built-in tiers: close (every 30 days, at most 45), \
            regular (90/120), acquaintance (180/365); 'regular' is the default.
            """)

    @Option(help: "Set the tier of everyone with this tag instead of one person.")
    var tag: String?

    @Argument(help: "NAME [TIER], or only TIER with --tag.", completion: CompletionSources.names)
    var nameAndTier: [String] = []

    func validate() throws {
        if tag != nil {
            guard nameAndTier.count == 1 else { throw ValidationError("with --tag give exactly one TIER, e.g. kith tier --tag family close") }
        } else {
            guard (1...2).contains(nameAndTier.count) else {
                throw ValidationError("give NAME to see the tier, or NAME TIER to set it (quote names with spaces)")
            }
        }
    }

    func run(in session: Session) throws {
        let store = try session.loadedStore()
        if let tag {
            let tier = Self.tier(nameAndTier[0])
            try store.update { network in try network.setTagTier(tag: tag, tier: tier) }
            session.say(tier.map { "Everyone tagged '\(tag)' without a tier of their own is now \($0)." }
                ?? "Removed the tier of tag '\(tag)'.")
            return
        }
        let contact = try ContactResolver.contact(named: nameAndTier[0], in: store.network)
        if nameAndTier.count == 2 {
            let tier = Self.tier(nameAndTier[1])
            try store.update { network in try network.setTier(contact: contact.id, tier: tier) }
        }
        let network = store.network
        guard let current = network.contact(id: contact.id) else { throw CommandError("\(contact.name) is no longer in your network") }
        let (name, cadence) = network.effectiveTier(of: current)
        session.say("\(current.name): \(name) (every \(cadence.idealDays) days, at most \(cadence.maximumDays)) — \(Self.origin(of: current, tier: name, in: network))")
    }

    /// nil for "none" (remove the setting); else the lowercased tier name.
    static func tier(_ word: String) -> String? {
        let name = word.lowercased().trimmingCharacters(in: .whitespaces)
        return name == "none" || name == "default" ? nil : name
    }

    static func origin(of contact: Contact, tier: String, in network: Network) -> String {
        if contact.tier == tier { return "set for this person" }
        if let tag = contact.tags.first(where: { network.settings.tagTiers[TextFolding.fold($0)] == tier }) {
            return "from the tag '\(tag)'"
        }
        return "the default"
    }
}
