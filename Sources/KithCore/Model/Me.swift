/// The user's own side of the network: a name, what they need and what they can offer.
///
/// Kept in the store under `me`. Fields a newer kith writes are kept in `unknownFields`.
public struct Me: Hashable, Sendable {
    public var name: String?
    /// What the user needs; rule "ask for help" looks for contacts who solve these.
    public var needs: [Need] = []
    /// Problems the user can solve for others.
    public var offers: [DatedText] = []
    public var unknownFields: [String: JSONValue] = [:]

    public init(name: String? = nil, needs: [Need] = [], offers: [DatedText] = []) {
        self.name = name
        self.needs = needs
        self.offers = offers
    }

    /// True when nothing is known about the user.
    public var isEmpty: Bool { name == nil && needs.isEmpty && offers.isEmpty && unknownFields.isEmpty }
}

extension Me: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        for field in MeField.allCases {
            switch field {
            case .name: name = try c.decodeIfPresent(String.self, forKey: field.key)
            case .needs: needs = try c.decodeIfPresent([Need].self, forKey: field.key) ?? []
            case .offers: offers = try c.decodeIfPresent([DatedText].self, forKey: field.key) ?? []
            }
        }
        unknownFields = try c.unknownFields(excluding: MeField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in MeField.allCases {
            switch field {
            case .name: try c.encodeIfPresent(name, forKey: field.key)
            case .needs: try c.encode(needs, forKey: field.key)
            case .offers: try c.encode(offers, forKey: field.key)
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}
