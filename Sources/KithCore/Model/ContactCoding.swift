// A contact's JSON form: every field in `ContactField`, each read and written by one case below.

extension Contact: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        self.init(
            id: try c.decode(String.self, forKey: ContactField.id.key),
            name: try c.decode(String.self, forKey: ContactField.name.key),
            added: try c.decode(Day.self, forKey: ContactField.added.key))
        for field in ContactField.allCases {
            let key = field.key
            switch field {
            case .id, .name, .added: break
            case .birthday: birthday = try c.decodeIfPresent(String.self, forKey: key)
            case .company: company = try c.decodeIfPresent(String.self, forKey: key)
            case .connectedOn: connectedOn = try c.decodeIfPresent(Day.self, forKey: key)
            case .emails: emails = try c.decodeIfPresent([String].self, forKey: key) ?? []
            case .interactions: interactions = try c.decodeIfPresent([Interaction].self, forKey: key) ?? []
            case .knows: knows = try c.decodeIfPresent([Acquaintance].self, forKey: key) ?? []
            case .links: links = try c.decodeIfPresent([String].self, forKey: key) ?? []
            case .needs: needs = try c.decodeIfPresent([Need].self, forKey: key) ?? []
            case .notes: notes = try c.decodeIfPresent([DatedText].self, forKey: key) ?? []
            case .offers: offers = try c.decodeIfPresent([DatedText].self, forKey: key) ?? []
            case .phones: phones = try c.decodeIfPresent([String].self, forKey: key) ?? []
            case .promises: promises = try c.decodeIfPresent([Promise].self, forKey: key) ?? []
            case .role: role = try c.decodeIfPresent(String.self, forKey: key)
            case .tags: tags = try c.decodeIfPresent([String].self, forKey: key) ?? []
            case .tier: tier = try c.decodeIfPresent(String.self, forKey: key)
            case .uid: uid = try c.decodeIfPresent(String.self, forKey: key)
            case .vcardExtras: vcardExtras = try c.decodeIfPresent([String].self, forKey: key) ?? []
            case .vcardFields: vcardFields = try c.decodeIfPresent([String].self, forKey: key) ?? []
            }
        }
        unknownFields = try c.unknownFields(excluding: ContactField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in ContactField.allCases {
            let key = field.key
            switch field {
            case .added: try c.encode(added, forKey: key)
            case .birthday: try c.encodeIfPresent(birthday, forKey: key)
            case .company: try c.encodeIfPresent(company, forKey: key)
            case .connectedOn: try c.encodeIfPresent(connectedOn, forKey: key)
            case .emails: try c.encode(unlessEmpty: emails, forKey: key)
            case .id: try c.encode(id, forKey: key)
            case .interactions: try c.encode(interactions, forKey: key)
            case .knows: try c.encode(knows, forKey: key)
            case .links: try c.encode(unlessEmpty: links, forKey: key)
            case .name: try c.encode(name, forKey: key)
            case .needs: try c.encode(needs, forKey: key)
            case .notes: try c.encode(notes, forKey: key)
            case .offers: try c.encode(offers, forKey: key)
            case .phones: try c.encode(unlessEmpty: phones, forKey: key)
            case .promises: try c.encode(promises, forKey: key)
            case .role: try c.encodeIfPresent(role, forKey: key)
            case .tags: try c.encode(unlessEmpty: tags, forKey: key)
            case .tier: try c.encodeIfPresent(tier, forKey: key)
            case .uid: try c.encodeIfPresent(uid, forKey: key)
            case .vcardExtras: try c.encode(unlessEmpty: vcardExtras, forKey: key)
            case .vcardFields: try c.encode(unlessEmpty: vcardFields, forKey: key)
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }

    /// Whether any list item holds fields a newer kith wrote.
    var hasUnknownFieldsInItems: Bool {
        ContactField.allCases.contains { field in
            switch field {
            case .interactions: interactions.contains { !$0.unknownFields.isEmpty }
            case .knows: knows.contains { !$0.unknownFields.isEmpty }
            case .needs: needs.contains { !$0.unknownFields.isEmpty }
            case .notes: notes.contains { !$0.unknownFields.isEmpty }
            case .offers: offers.contains { !$0.unknownFields.isEmpty }
            case .promises: promises.contains { !$0.unknownFields.isEmpty }
            case .added, .birthday, .company, .connectedOn, .emails, .id, .links, .name, .phones, .role, .tags,
                .tier, .uid, .vcardExtras, .vcardFields:
                false
            }
        }
    }
}
