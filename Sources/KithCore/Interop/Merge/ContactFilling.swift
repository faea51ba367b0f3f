/// Copies what an imported card adds to a contact.
///
/// New e-mails, phones, links, tags, needs, offers, acquaintances, notes and kept vCard
/// properties are appended. A single value (company, role, birthday, connection day, and the
/// REV, NICKNAME… properties kept as they are) is filled when empty and replaced when the
/// contact still holds the value an earlier import of the card brought; a value the user typed
/// is never replaced. Importing the same card again changes nothing.
enum ContactFilling {
    /// Kept vCard properties a card has once: a newer card replaces them.
    static let singleValuedExtras: Set<String> = [
        "REV", "NICKNAME", "GENDER", "KIND", "ANNIVERSARY", "SORT-STRING", "X-ABUID", "CLASS", "PHOTO", "LOGO",
    ]

    /// Fills `contact` from `card`; returns one line per change, for the import report.
    static func fill(_ contact: inout Contact, from card: ImportedContact, today: Day) -> [String] {
        var changes: [String] = []
        let before = contact.vcardFields
        func brought(_ name: String) -> String? {
            VCardFieldLines.first(name, in: before).map { ContentTextEscaping.unescape(VCardFieldLines.value(of: $0)) }
        }
        let oldCompany = VCardFieldLines.first("ORG", in: before).map {
            ContentTextEscaping.splitAndUnescape(VCardFieldLines.value(of: $0), at: ";").first ?? ""
        }
        replaceSingle(&contact.company, card.company, broughtBefore: oldCompany, "company", &changes)
        replaceSingle(&contact.role, card.role, broughtBefore: brought("TITLE"), "role", &changes)
        replaceSingle(
            &contact.birthday, card.birthday,
            broughtBefore: brought("BDAY").flatMap { VCardBirthday.parse($0) }, "birthday", &changes)
        appendNew(card.emails, to: &contact.emails, key: MatchKeys.email, "e-mail", &changes)
        appendNew(card.phones, to: &contact.phones, key: MatchKeys.phone, "phone", &changes)
        appendNew(card.links, to: &contact.links, key: MatchKeys.link, "link", &changes)
        appendNew(card.tags, to: &contact.tags, key: MatchKeys.text, "tag", &changes)
        keepFields(card, in: &contact)
        keepExtras(card.vcardExtras, in: &contact, &changes)

        for need in card.needs
        where !contact.needs.contains(where: { MatchKeys.text($0.text) == MatchKeys.text(need.text) }) {
            contact.needs.append(
                Need(need.text, recorded: need.recorded ?? today, solved: need.solved, solvedBy: need.solvedBy))
            changes.append("need: \(need.text)")
        }
        addTexts(card.offers, to: &contact.offers, today: today, "can solve", &changes)
        addTexts(card.notes, to: &contact.notes, today: today, "note", &changes)
        for known in card.knows
        where !contact.knows.contains(where: { MatchKeys.text($0.text) == MatchKeys.text(known.text) }) {
            contact.knows.append(Acquaintance(known.text, recorded: known.recorded ?? today))
            changes.append("knows: \(known.text)")
        }
        if let kith = card.kith { uniteKithFields(kith, into: &contact, &changes) }
        if let connected = card.connectedOn, contact.connectedOn != connected {
            contact.connectedOn = connected
            changes.append("connected on \(connected)")
        }
        return changes
    }

    /// kith's own lists from a card kith wrote, united with the contact's (an item already there,
    /// by its text, is not added again); the tier fills an empty one.
    static func uniteKithFields(_ kith: VCardKithFields, into contact: inout Contact, _ changes: inout [String]) {
        func unite<T>(_ items: [T], _ list: inout [T], _ label: String, _ text: (T) -> String) {
            for item in items where !list.contains(where: { MatchKeys.text(text($0)) == MatchKeys.text(text(item)) }) {
                list.append(item)
                changes.append("\(label): \(text(item))")
            }
        }
        unite(kith.needs, &contact.needs, "need", \.text)
        unite(kith.offers, &contact.offers, "can solve", \.text)
        unite(kith.knows, &contact.knows, "knows", \.text)
        unite(kith.promises, &contact.promises, "promise", \.text)
        unite(kith.notes, &contact.notes, "note", \.text)
        for interaction in kith.interactions where !contact.interactions.contains(interaction) {
            contact.interactions.append(interaction)
            changes.append("\(interaction.kind) on \(interaction.date)")
        }
        contact.interactions.sort { $0.date < $1.date }
        if contact.tier == nil, let tier = kith.tier {
            contact.tier = tier
            changes.append("tier \(tier)")
        }
    }

    /// The card's UID and kept field lines: single-valued ones replace the earlier card's.
    static func keepFields(_ card: ImportedContact, in contact: inout Contact) {
        let hasCardUID = contact.vcardFields.contains { VCardFieldLines.name(of: $0) == "UID" }
        var incoming = card.vcardFields
        if let uid = card.uid {
            if !hasCardUID || contact.uid == nil { contact.uid = uid }
            if contact.uid != uid { incoming.removeAll { VCardFieldLines.name(of: $0) == "UID" } }
        }
        guard !contact.vcardFields.isEmpty else {
            contact.vcardFields = incoming
            return
        }
        var fields = contact.vcardFields
        for line in incoming where !fields.contains(line) {
            let name = VCardFieldLines.name(of: line)
            if VCardFieldLines.singleValued.contains(name),
                let old = fields.firstIndex(where: { VCardFieldLines.name(of: $0) == name })
            {
                fields[old] = line
            } else {
                fields.append(line)
            }
        }
        contact.vcardFields = fields
    }

    /// Adds the kept properties not there yet; a single-valued one replaces the earlier card's.
    /// The report names them once ("vCard properties ADR, PHOTO").
    static func keepExtras(_ extras: [String], in contact: inout Contact, _ changes: inout [String]) {
        var names: [String] = []
        if contact.vcardExtras.isEmpty {
            contact.vcardExtras = extras
            names = extras.map { VCardFieldLines.name(of: $0) }
        } else {
            for line in extras where !contact.vcardExtras.contains(line) {
                let name = VCardFieldLines.name(of: line)
                if singleValuedExtras.contains(name), VCardFieldLines.group(of: line) == nil {
                    contact.vcardExtras.removeAll {
                        VCardFieldLines.name(of: $0) == name && VCardFieldLines.group(of: $0) == nil
                    }
                }
                contact.vcardExtras.append(line)
                names.append(name)
            }
        }
        var seen = Set<String>()
        let unique = names.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return }
        changes.append((unique.count == 1 ? "vCard property " : "vCard properties ") + unique.joined(separator: ", "))
    }

    /// The first line of a long text, cut to a few words, for the report.
    static func shortened(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 60 || line.count < text.count ? String(line.prefix(60)) + "…" : line
    }

    static func replaceSingle(
        _ field: inout String?, _ value: String?, broughtBefore: String?, _ label: String, _ changes: inout [String]
    ) {
        guard let value, !value.isEmpty, field != value else { return }
        let current = field ?? ""
        guard current.isEmpty || current == broughtBefore else { return }
        field = value
        changes.append("\(label) \(value)")
    }

    static func appendNew(
        _ values: [String], to list: inout [String], key: (String) -> String, _ label: String, _ changes: inout [String]
    ) {
        for value in values where !value.isEmpty {
            let wanted = key(value)
            guard !list.contains(where: { key($0) == wanted }) else { continue }
            list.append(value)
            changes.append("\(label) \(value)")
        }
    }

    static func addTexts(
        _ items: [ImportedText], to list: inout [DatedText], today: Day, _ label: String, _ changes: inout [String]
    ) {
        for item in items where !list.contains(where: { MatchKeys.text($0.text) == MatchKeys.text(item.text) }) {
            list.append(DatedText(item.text, recorded: item.recorded ?? today))
            changes.append("\(label): \(shortened(item.text))")
        }
    }
}
