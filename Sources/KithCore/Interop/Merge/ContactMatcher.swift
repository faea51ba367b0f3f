/// Decides whom an imported card is about. This is the one place that decides whether two
/// records are one person.
///
/// A shared UID, e-mail, phone (digits and a leading `+`) or profile link is the same person.
/// Without one, the same folded name is the same person only when nothing conflicts: when both
/// sides have e-mails (or phones, links, UIDs from address books, companies) and none is
/// shared, they are two people, and the card becomes a new person reported as a possible
/// duplicate. A name on its own never merges two people who differ.
enum ContactMatcher {
    enum Decision: Equatable {
        /// Nobody in the network: a new person.
        case new
        /// A new person whose name is also that of the people at these positions, who differ.
        case possibleDuplicate(of: [Int])
        /// The person at `index`; `matchedBy` says how ("e-mail jane@acme.com", "name").
        case one(index: Int, matchedBy: String)
        /// Several people fit; `reason` names them.
        case ambiguous(reason: String)
    }

    static func decide(_ card: ImportedContact, in contacts: [Contact], index: ContactKeyIndex) -> Decision {
        if let uid = card.uid, let hits = index.uids[uid], !hits.isEmpty {
            return outcome(hits, contacts, "UID")
        }
        var found: [Int] = []
        var labels: [String] = []
        func look(_ values: [String], _ key: (String) -> String, _ table: [String: [Int]], _ label: String) {
            for value in values {
                for hit in table[key(value)] ?? [] where !found.contains(hit) {
                    found.append(hit)
                    labels.append("\(label) \(value)")
                }
            }
        }
        look(card.emails, MatchKeys.email, index.emails, "e-mail")
        look(card.phones, MatchKeys.phone, index.phones, "phone")
        look(card.links, MatchKeys.link, index.links, "link")
        if found.count == 1 { return .one(index: found[0], matchedBy: labels[0]) }
        if found.count > 1 {
            let names = found.map { "\(contacts[$0].name) (\(contacts[$0].id))" }.joined(separator: ", ")
            return .ambiguous(reason: "its \(labels.joined(separator: ", ")) match different people: \(names)")
        }
        let candidates = index.names[MatchKeys.text(card.name)] ?? []
        guard !candidates.isEmpty else { return .new }
        let agreeing = candidates.filter { !conflicts(contacts[$0], card) }
        switch agreeing.count {
        case 0: return .possibleDuplicate(of: candidates)
        case 1: return .one(index: agreeing[0], matchedBy: "name")
        default: return outcome(agreeing, contacts, "name")
        }
    }

    static func outcome(_ hits: [Int], _ contacts: [Contact], _ detail: String) -> Decision {
        guard hits.count > 1 else { return .one(index: hits[0], matchedBy: detail) }
        let names = hits.map { "\(contacts[$0].name) (\(contacts[$0].id))" }.joined(separator: ", ")
        return .ambiguous(reason: "its \(detail) matches several people: \(names)")
    }

    /// True when the two say they are different people (see `difference`).
    static func conflicts(_ contact: Contact, _ card: ImportedContact) -> Bool {
        difference(contact, card) != nil
    }

    /// Why the two are different people, or nil: both have keys of one kind and share none (a
    /// shared key would have matched before), or both name a company and they differ.
    static func difference(_ contact: Contact, _ card: ImportedContact) -> String? {
        if !contact.emails.isEmpty && !card.emails.isEmpty { return "their e-mails differ" }
        if !contact.phones.isEmpty && !card.phones.isEmpty { return "their phones differ" }
        if !contact.links.isEmpty && !card.links.isEmpty { return "their profile links differ" }
        if let uid = card.uid, let own = contact.uid, uid != own,
            contact.vcardFields.contains(where: { VCardFieldLines.name(of: $0) == "UID" })
        {
            return "their UIDs differ"
        }
        let left = MatchKeys.text(contact.company ?? "")
        let right = MatchKeys.text(card.company ?? "")
        return !left.isEmpty && !right.isEmpty && left != right ? "their companies differ" : nil
    }
}
