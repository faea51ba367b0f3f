/// Copies what an imported card adds to a contact: empty fields are filled, new e-mails,
/// phones, links, tags, needs, offers, acquaintances, notes and kept vCard properties are
/// appended; nothing already there is changed.
enum ContactFilling {
    /// Fills `contact` from `card`; returns one line per change, for the import report.
    static func fill(_ contact: inout Contact, from card: ImportedContact, today: Day) -> [String] {
        var changes: [String] = []
        fillField(&contact.company, card.company, "company", &changes)
        fillField(&contact.role, card.role, "role", &changes)
        fillField(&contact.birthday, card.birthday, "birthday", &changes)
        appendNew(card.emails, to: &contact.emails, key: MatchKeys.email, "e-mail", &changes)
        appendNew(card.phones, to: &contact.phones, key: MatchKeys.phone, "phone", &changes)
        appendNew(card.links, to: &contact.links, key: MatchKeys.link, "link", &changes)
        appendNew(card.tags, to: &contact.tags, key: MatchKeys.text, "tag", &changes)
        appendNew(card.vcardExtras, to: &contact.vcardExtras, key: { $0 }, "vCard property", &changes) {
            String($0.prefix { $0 != ":" && $0 != ";" })
        }

        for need in card.needs where !contact.needs.contains(where: { MatchKeys.text($0.text) == MatchKeys.text(need.text) }) {
            contact.needs.append(Need(need.text, recorded: need.recorded ?? today, solved: need.solved, solvedBy: need.solvedBy))
            changes.append("need: \(need.text)")
        }
        addTexts(card.offers, to: &contact.offers, today: today, "can solve", &changes)
        addTexts(card.notes, to: &contact.notes, today: today, "note", &changes)
        for known in card.knows where !contact.knows.contains(where: { MatchKeys.text($0.text) == MatchKeys.text(known.text) }) {
            contact.knows.append(Acquaintance(known.text, recorded: known.recorded ?? today))
            changes.append("knows: \(known.text)")
        }
        if let connected = card.connectedOn, !contact.interactions.contains(where: { $0.kind == .connected }) {
            contact.interactions.append(Interaction(date: connected, kind: .connected))
            contact.interactions.sort { $0.date < $1.date }
            changes.append("connected on \(connected)")
        }
        return changes
    }

    static func fillField(_ field: inout String?, _ value: String?, _ label: String, _ changes: inout [String]) {
        guard let value, !value.isEmpty, (field ?? "").isEmpty else { return }
        field = value
        changes.append("\(label) \(value)")
    }

    static func appendNew(
        _ values: [String], to list: inout [String], key: (String) -> String, _ label: String,
        _ changes: inout [String], shown: (String) -> String = { $0 }
    ) {
        for value in values where !value.isEmpty {
            let wanted = key(value)
            guard !list.contains(where: { key($0) == wanted }) else { continue }
            list.append(value)
            changes.append("\(label) \(shown(value))")
        }
    }

    static func addTexts(
        _ items: [ImportedText], to list: inout [DatedText], today: Day, _ label: String, _ changes: inout [String]
    ) {
        for item in items where !list.contains(where: { MatchKeys.text($0.text) == MatchKeys.text(item.text) }) {
            list.append(DatedText(item.text, recorded: item.recorded ?? today))
            changes.append("\(label): \(item.text)")
        }
    }
}
