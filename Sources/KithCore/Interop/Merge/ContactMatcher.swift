/// Finds the person in the network an imported card is about: same e-mail (any case), else
/// same profile link, else same folded name with a matching company (or no company on one
/// side).
enum ContactMatcher {
    enum Outcome: Equatable {
        case none
        case one(index: Int, matchedBy: String)
        /// Several people fit; `reason` names them.
        case ambiguous(reason: String)
    }

    static func match(_ card: ImportedContact, in contacts: [Contact]) -> Outcome {
        for email in card.emails {
            let key = MatchKeys.email(email)
            let hits = contacts.indices.filter { contacts[$0].emails.contains { MatchKeys.email($0) == key } }
            if let outcome = outcome(hits, contacts, "e-mail \(email)") { return outcome }
        }
        for link in card.links {
            let key = MatchKeys.link(link)
            let hits = contacts.indices.filter { contacts[$0].links.contains { MatchKeys.link($0) == key } }
            if let outcome = outcome(hits, contacts, "link \(link)") { return outcome }
        }
        let name = MatchKeys.text(card.name)
        guard !name.isEmpty else { return .none }
        let hits = contacts.indices.filter { index in
            MatchKeys.text(contacts[index].name) == name && companiesAgree(contacts[index].company, card.company)
        }
        let detail = card.company.map { "name and company (\($0))" } ?? "name"
        return outcome(hits, contacts, detail) ?? .none
    }

    static func outcome(_ hits: [Int], _ contacts: [Contact], _ detail: String) -> Outcome? {
        switch hits.count {
        case 0: return nil
        case 1: return .one(index: hits[0], matchedBy: detail)
        default:
            let names = hits.map { "\(contacts[$0].name) (\(contacts[$0].id))" }.joined(separator: ", ")
            return .ambiguous(reason: "its \(detail) matches several people: \(names)")
        }
    }

    /// Companies agree when equal after folding, or when either side has none.
    static func companiesAgree(_ a: String?, _ b: String?) -> Bool {
        let left = MatchKeys.text(a ?? ""), right = MatchKeys.text(b ?? "")
        return left.isEmpty || right.isEmpty || left == right
    }
}
