/// Writes the short English reason for a match, quoting the user's own text.
///
/// `offers: installs security cameras → security cameras`, `role: fisioterapeuta → physiotherapy`,
/// `Pedro knows Dr. Ruiz, a chiropractor → back pain — ask Pedro for an introduction`,
/// `your notes: sells insurance`, `needs: a new website`.
enum MatchReasons {
    /// The kind of evidence an item gives.
    static func kind(of field: MatchField, isKnowledge: Bool) -> MatchKind {
        switch field {
        case .offer, .role, .company, .tag: return isKnowledge ? .knowledge : .offer
        case .knows: return .secondDegree
        case .note: return .notes
        case .need: return .need
        }
    }

    /// What joined the texts, to follow the quoted item: "→ bookkeeping" for the same concept,
    /// "(next to plumbing)" for a related one, "(only the context matches)" for weak evidence,
    /// nothing when the head's own words are shared.
    static func note(_ strength: MatchStrength, concepts: [String], wording w: MatchWording) -> String? {
        let label = concepts.prefix(2).joined(separator: ", ")
        switch strength {
        case .sameConcept: return label.isEmpty ? nil : w(.concept, ["label": label])
        case .relatedConcept: return label.isEmpty ? nil : w(.nearConcept, ["label": label])
        case .sharedWords: return nil
        case .contextOnly: return w(.contextOnly, [:])
        }
    }

    /// How an action words what a person does, to follow their name: `offers 'tax advice'`,
    /// `works as 'accountant'`, `works at 'Gestoría Vidal'`, `is tagged 'legal'`.
    static func actionReason(
        owner: Contact, field: MatchField, position: Int, wording w: MatchWording,
        quote: (String) -> String = MatchReasons.quote
    ) -> String {
        switch field {
        case .role: return w(.worksAs, ["text": quote(owner.role ?? "")])
        case .company: return w(.worksAt, ["text": quote(owner.company ?? "")])
        case .tag: return w(.taggedAs, ["text": quote(position < owner.tags.count ? owner.tags[position] : "")])
        case .offer, .knows, .note, .need: return w(.offersQuoted, ["text": quote(text(owner.offers, position))])
        }
    }

    /// The reason for one item of `owner` matching, with the knowledge link's note if any.
    /// `linked` is the contact a `knows` item points to, when it is in the store.
    static func reason(
        owner: Contact, field: MatchField, position: Int, linked: Contact?, note: String?,
        wording w: MatchWording = .english
    ) -> String {
        let suffix = note.map { " " + $0 } ?? ""
        switch field {
        case .offer: return w(.offer, ["text": quote(text(owner.offers, position))]) + suffix
        case .role: return w(.role, ["text": quote(owner.role ?? "")]) + suffix
        case .company: return w(.company, ["text": quote(owner.company ?? "")]) + suffix
        case .tag: return w(.tag, ["text": quote(position < owner.tags.count ? owner.tags[position] : "")]) + suffix
        case .note: return w(.note, ["text": quote(text(owner.notes, position))]) + suffix
        case .need:
            let need = position < owner.needs.count ? owner.needs[position].text : ""
            return w(.need, ["text": quote(need)]) + suffix
        case .knows:
            let known = position < owner.knows.count ? owner.knows[position].text : ""
            var who = quote(known)
            if let linked, !TextFolding.fold(known).contains(TextFolding.fold(linked.name)) {
                who = known.isEmpty ? linked.name : "\(linked.name) (\(quote(known)))"
            }
            return w(.knows, ["owner": owner.name, "who": who + suffix])
        }
    }

    private static func text(_ list: [DatedText], _ position: Int) -> String {
        position < list.count ? list[position].text : ""
    }

    /// The text tidied and cut to a readable length.
    static func quote(_ text: String) -> String {
        let tidy = TextFolding.tidy(text)
        guard tidy.count > 90 else { return tidy }
        return String(tidy.prefix(89)) + "…"
    }
}

extension MatchKind {
    /// The order of equally sure answers: a stated offer first, a need last.
    var rank: Int {
        switch self {
        case .offer: return 0
        case .knowledge: return 1
        case .secondDegree: return 2
        case .notes: return 3
        case .need: return 4
        }
    }
}
