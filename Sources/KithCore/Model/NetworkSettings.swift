/// How introductions are made: both people at once, or each asked first.
public enum IntroductionStyle: String, Hashable, Sendable, Codable, CaseIterable {
    /// Introduce both people to each other in one message, passing each one's details.
    case bothWays
    /// Ask the first person, then the second, and only then connect them.
    case doubleOptIn
}

/// A reconnect cadence after Dunbar's layers: suggest a catch-up after `idealDays`, more
/// urgently after `maximumDays` without any interaction.
public struct CadenceTier: Hashable, Sendable, Codable {
    public var idealDays: Int
    public var maximumDays: Int

    public init(idealDays: Int, maximumDays: Int) {
        self.idealDays = idealDays
        self.maximumDays = maximumDays
    }

    /// The built-in tiers: close 30/45, regular 90/120, acquaintance 180/365 days.
    public static let defaults: [String: CadenceTier] = [
        "close": CadenceTier(idealDays: 30, maximumDays: 45),
        "regular": CadenceTier(idealDays: 90, maximumDays: 120),
        "acquaintance": CadenceTier(idealDays: 180, maximumDays: 365),
    ]

    /// The tier used when neither the contact nor its tags name one.
    public static let defaultTierName = "regular"
}

/// The user's preferences for the coach, kept in the store under `settings`.
public struct NetworkSettings: Hashable, Sendable {
    public var introductionStyle: IntroductionStyle = .bothWays
    /// Tiers added to or overriding the built-in ones, by name.
    public var cadenceTiers: [String: CadenceTier] = [:]
    /// Folded tag → tier name, for contacts without their own tier.
    public var tagTiers: [String: String] = [:]
    /// The tier for contacts with neither their own tier nor a tiered tag.
    public var defaultTier: String?
    public var unknownFields: [String: JSONValue] = [:]

    public init() {}

    /// Every tier known: the built-in ones with the user's overrides applied.
    public var allTiers: [String: CadenceTier] {
        CadenceTier.defaults.merging(cadenceTiers) { _, user in user }
    }

    /// True when every field has its default value.
    public var isDefault: Bool { self == NetworkSettings() }
}

extension NetworkSettings: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        for field in SettingsField.allCases {
            let key = field.key
            switch field {
            case .cadenceTiers: cadenceTiers = try c.decodeIfPresent([String: CadenceTier].self, forKey: key) ?? [:]
            case .defaultTier: defaultTier = try c.decodeIfPresent(String.self, forKey: key)
            case .introductionStyle:
                introductionStyle = try c.decodeIfPresent(IntroductionStyle.self, forKey: key) ?? .bothWays
            case .tagTiers: tagTiers = try c.decodeIfPresent([String: String].self, forKey: key) ?? [:]
            }
        }
        unknownFields = try c.unknownFields(excluding: SettingsField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in SettingsField.allCases {
            let key = field.key
            switch field {
            case .cadenceTiers: if !cadenceTiers.isEmpty { try c.encode(cadenceTiers, forKey: key) }
            case .defaultTier: try c.encodeIfPresent(defaultTier, forKey: key)
            case .introductionStyle: try c.encode(introductionStyle, forKey: key)
            case .tagTiers: if !tagTiers.isEmpty { try c.encode(tagTiers, forKey: key) }
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}
