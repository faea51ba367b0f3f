import ArgumentParser
import KithCore

/// `kith tier`: how often the coach suggests reconnecting with someone, or everyone with a tag.
struct TierCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "tier",
        abstract: "Show or set how often to keep in touch with someone (close, regular, acquaintance).",
        discussion: """
            kith tier NAME shows the tier in effect; kith tier NAME TIER sets it for one person; \
            kith tier --tag TAG TIER sets it for everyone tagged TAG who has no tier of their own \
            (kept in the configuration file, [tag-tiers]). \
            TIER 'none' removes the setting. Built-in tiers: close (every 30 days, at most 45), \
            regular (90/120), acquaintance (180/365); 'regular' is the default.
            """)

    @Option(help: "Set the tier of everyone with this tag instead of one person.")
    var tag: String?

    @Argument(help: "NAME [TIER], or only TIER with --tag.", completion: CompletionSources.names)
    var nameAndTier: [String] = []

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if tag != nil {
            guard nameAndTier.count == 1 else {
                throw ValidationError("with --tag give exactly one TIER, e.g. kith tier --tag family close")
            }
        } else {
            guard (1...2).contains(nameAndTier.count) else {
                throw ValidationError("give NAME to see the tier, or NAME TIER to set it (quote names with spaces)")
            }
        }
    }

    func run(in session: Session) throws {
        let store = try session.loadedStore()
        let prompts = try session.prompts(language.lang)
        let books = [prompts] + PromptBook.Language.allCases.compactMap { try? session.prompts($0) }
        if let tag {
            let tier = Self.tier(nameAndTier[0], books: books)
            try store.update { network in try network.setTagTier(tag: tag, tier: tier) }
            session.say(
                tier.map { prompts.text("tier.tagSet", ["tag": tag, "tier": Self.shown($0, prompts)]) }
                    ?? prompts.text("tier.tagRemoved", ["tag": tag]))
            return
        }
        let contact = try ContactResolver.contact(named: nameAndTier[0], in: store.network, prompts: prompts)
        if nameAndTier.count == 2 {
            let tier = Self.tier(nameAndTier[1], books: books)
            try store.update { network in try network.setTier(contact: contact.id, tier: tier) }
        }
        let network = store.network
        guard let current = network.contact(id: contact.id) else {
            throw CommandError("\(contact.name) is no longer in your network")
        }
        let (name, cadence) = network.effectiveTier(of: current)
        session.say(
            prompts.text(
                "tier.shown",
                [
                    "name": current.name, "tier": Self.shown(name, prompts), "ideal": "\(cadence.idealDays)",
                    "maximum": "\(cadence.maximumDays)",
                    "origin": Self.origin(of: current, tier: name, in: network, prompts),
                ]))
    }

    /// nil for "none" (remove the setting); else the tier's name, a built-in tier typed in any
    /// language ("cercano") given by its stored name ("close").
    static func tier(_ word: String, books: [PromptBook] = []) -> String? {
        let name = word.lowercased().trimmingCharacters(in: .whitespaces)
        if ["none", "default", "ninguno"].contains(TextFolding.fold(name)) { return nil }
        for builtIn in CadenceTier.defaults.keys {
            if books.contains(where: { TextFolding.fold($0.text("tier.\(builtIn)")) == TextFolding.fold(name) }) {
                return builtIn
            }
        }
        return name
    }

    /// A tier's name in the user's language (the user's own tiers as they named them).
    static func shown(_ tier: String, _ prompts: PromptBook) -> String {
        prompts.optionalText("tier.\(tier)") ?? tier
    }

    static func origin(of contact: Contact, tier: String, in network: Network, _ prompts: PromptBook) -> String {
        if contact.tier == tier { return prompts.text("tier.own") }
        if let tag = contact.tags.first(where: { network.settings.tagTiers[TextFolding.fold($0)] == tier }) {
            return prompts.text("tier.fromTag", ["tag": tag])
        }
        return prompts.text("tier.default")
    }
}
