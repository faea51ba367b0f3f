/// Terms in English and Spanish for one side of a concept; either list may be empty.
package struct ConceptTerms: Hashable, Sendable, Codable {
    package var en: [String]
    package var es: [String]

    package init(en: [String] = [], es: [String] = []) {
        self.en = en
        self.es = es
    }

    /// English terms first, then Spanish.
    package var all: [String] { en + es }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        en = try c.decodeIfPresent([String].self, forKey: .en) ?? []
        es = try c.decodeIfPresent([String].self, forKey: .es) ?? []
        try BlankTermCheck.terms(en, at: .en, in: c)
        try BlankTermCheck.terms(es, at: .es, in: c)
    }
}

/// One thing people need and others solve, in both languages: plumbing, bookkeeping, back pain.
///
/// A text (a need, an offer, a role, a note, a query) expresses the concept when it contains
/// one of its phrases: a need people voice ("my tap keeps dripping", "el grifo gotea"), a role
/// that solves it ("plumber", "fontanera") or an activity or service ("unblocks drains",
/// "fontanería"). English and Spanish meet here: a Spanish offer answers an English need.
package struct Concept: Hashable, Sendable, Codable, Identifiable {
    /// Stable id; a user concept with the same id replaces the shipped one.
    package var id: String
    package var needs: ConceptTerms
    package var roles: ConceptTerms
    package var activities: ConceptTerms
    /// Ids of neighbouring concepts (heating next to plumbing).
    package var related: [String]

    package init(
        id: String, needs: ConceptTerms = .init(), roles: ConceptTerms = .init(),
        activities: ConceptTerms = .init(), related: [String] = []
    ) {
        self.id = id
        self.needs = needs
        self.roles = roles
        self.activities = activities
        self.related = related
    }

    /// Every phrase of the concept, needs, roles and activities.
    package var phrases: [String] { needs.all + roles.all + activities.all }

    /// The concept's name in English, for reasons and `--json`: its first activity, else its
    /// first need or role, else its id.
    package var name: String {
        activities.en.first ?? needs.en.first ?? roles.en.first ?? id
    }

    /// The concept's name in Spanish, found the same way (the English name when it has no
    /// Spanish terms).
    package var spanishName: String {
        activities.es.first ?? needs.es.first ?? roles.es.first ?? name
    }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        try BlankTermCheck.id(id, at: .id, in: c)
        needs = try c.decodeIfPresent(ConceptTerms.self, forKey: .needs) ?? .init()
        roles = try c.decodeIfPresent(ConceptTerms.self, forKey: .roles) ?? .init()
        activities = try c.decodeIfPresent(ConceptTerms.self, forKey: .activities) ?? .init()
        related = try c.decodeIfPresent([String].self, forKey: .related) ?? []
        if phrases.isEmpty {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: c.codingPath,
                    debugDescription: "the concept has no needs, roles or activities; give at least one term"))
        }
    }
}

extension Concept {
    /// A concept read from a version-1 entry: its need phrases become needs, its solvers roles.
    init(_ entry: KnowledgeEntry) {
        self.init(
            id: entry.id, needs: ConceptTerms(en: entry.need.en, es: entry.need.es),
            roles: ConceptTerms(en: entry.solvers.en, es: entry.solvers.es))
    }
}
