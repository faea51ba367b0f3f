/// Terms in English and Spanish for the same idea.
package struct BilingualTerms: Hashable, Sendable, Codable {
    package var en: [String]
    package var es: [String]

    package init(en: [String], es: [String]) {
        self.en = en
        self.es = es
    }

    /// English terms first, then Spanish.
    package var all: [String] { en + es }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        en = try c.decode([String].self, forKey: .en)
        es = try c.decode([String].self, forKey: .es)
        for (key, list) in [(CodingKeys.en, en), (.es, es)] {
            if list.isEmpty {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: c.codingPath + [key],
                        debugDescription: "the list is empty; give at least one term"))
            }
            try BlankTermCheck.terms(list, at: key, in: c)
        }
    }
}

/// An entry of a version-1 knowledge file: one common need and the kinds of people who solve
/// it, e.g. back pain → physiotherapist. Read into a `Concept`.
package struct KnowledgeEntry: Hashable, Sendable, Codable, Identifiable {
    /// Stable id; a user entry with the same id replaces the shipped one.
    package var id: String
    /// Ways people say the need ("back pain", "dolor de espalda").
    package var need: BilingualTerms
    /// Kinds of people or businesses who solve it ("chiropractor", "fisioterapeuta").
    package var solvers: BilingualTerms

    package init(id: String, need: BilingualTerms, solvers: BilingualTerms) {
        self.id = id
        self.need = need
        self.solvers = solvers
    }

    /// A short English name for the need, used in reasons: "helps with back pain".
    package var label: String { need.en.first ?? need.es.first ?? id }

    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        try BlankTermCheck.id(id, at: .id, in: c)
        need = try c.decode(BilingualTerms.self, forKey: .need)
        solvers = try c.decode(BilingualTerms.self, forKey: .solvers)
    }
}

/// A coding key for a position in a list, used to point at a bad list element.
struct IndexKey: CodingKey {
    let intValue: Int?
    let stringValue: String
    init(_ index: Int) {
        intValue = index
        stringValue = "\(index)"
    }
    init?(intValue: Int) { self.init(intValue) }
    init?(stringValue: String) { return nil }
}
