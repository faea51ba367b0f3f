/// What applying a debrief changed.
package struct DebriefOutcome: Equatable, Sendable {
    package let contactID: ContactID
    package let isNewContact: Bool
    /// How many new items went into each list (duplicates are not counted).
    package var addedNeeds = 0
    package var addedOffers = 0
    package var addedKnows = 0
    package var addedPromises = 0
    /// False when the contact already held everything the debrief said.
    package var changed = true
}

extension Network {
    /// Records a debrief: creates the contact (when `target` is nil) or merges into the contact
    /// with id `target`, adds a dated interaction, and merges every list without duplicates
    /// (compared ignoring case and accents). Items keep the day they were recorded.
    @discardableResult
    package mutating func apply(
        _ record: DebriefRecord, to target: ContactID?, today: Day, ids: inout ContactIDGenerator
    ) -> DebriefOutcome {
        let position = target.flatMap { self.index(of: $0) }
        let newID = position == nil ? ids.next(avoiding: self) : ""
        return apply(record, at: position, newID: newID, today: today, linkKnows: true)
    }

    /// Records a debrief into the contact at `position`, or a new contact with id `newID`. The
    /// meeting is not recorded twice: an interaction of the same day, kind and context already
    /// there is the same meeting. With `linkKnows` false, acquaintances are linked later by
    /// `linkAcquaintances()` (one pass for a whole import).
    mutating func apply(
        _ record: DebriefRecord, at position: Int?, newID: ContactID, today: Day, linkKnows: Bool
    ) -> DebriefOutcome {
        let day = record.met ?? today
        let index: Int
        let isNew: Bool
        if let position {
            index = position
            isNew = false
        } else {
            contacts.append(Contact(id: newID, name: record.name, added: day))
            index = contacts.count - 1
            isNew = true
        }
        var contact = contacts[index]
        var outcome = DebriefOutcome(contactID: contact.id, isNewContact: isNew)

        let meeting = Interaction(
            date: day, kind: record.kind ?? .met, note: record.context.isEmpty ? nil : record.context)
        if !contact.interactions.contains(meeting) {
            contact.interactions.append(meeting)
            contact.interactions.sort { $0.date < $1.date }
        }

        outcome.addedNeeds = merge(record.needs, into: &contact.needs, text: \.text) { Need($0, recorded: day) }
        outcome.addedOffers = merge(record.offers, into: &contact.offers, text: \.text) { DatedText($0, recorded: day) }
        outcome.addedPromises = merge(record.promises, into: &contact.promises, text: \.text) {
            Promise($0, recorded: day)
        }
        outcome.addedKnows = merge(record.knows, into: &contact.knows, text: \.text) { text in
            Acquaintance(
                text, recorded: day,
                contactID: linkKnows ? self.contactNamed(in: text, other: contact.id, firstNames: true) : nil)
        }
        merge([record.notes], into: &contact.notes, text: \.text, make: { DatedText($0, recorded: day) })
        merge(record.tags, into: &contact.tags, text: { $0 }, make: { $0 })
        if let email = record.email { merge([email], into: &contact.emails, text: { $0 }, make: { $0 }) }
        if let phone = record.phone { merge([phone], into: &contact.phones, text: { $0 }, make: { $0 }) }
        if contact.company == nil { contact.company = record.company }
        if contact.role == nil { contact.role = record.role }
        if contact.birthday == nil { contact.birthday = record.birthday }
        outcome.changed = isNew || contact != contacts[index]
        contacts[index] = contact
        return outcome
    }

    /// Links every `knows` item that names a contact in the store to that contact.
    ///
    /// Run after imports, so a person mentioned before they were added gets linked too. The
    /// names are indexed once, so this is linear in the size of the network.
    package mutating func linkAcquaintances() {
        var names: [String: [ContactID]] = [:]
        for contact in contacts { names[TextFolding.fold(contact.name), default: []].append(contact.id) }
        for c in contacts.indices {
            for k in contacts[c].knows.indices where contacts[c].knows[k].contactID == nil {
                contacts[c].knows[k].contactID = Network.contactNamed(
                    in: contacts[c].knows[k].text, other: contacts[c].id
                ) {
                    names[TextFolding.fold($0)] ?? []
                }
            }
        }
    }

    /// The one contact (other than `other`) whose name a "knows" text gives: the whole text, or
    /// the part before a comma, dash or parenthesis ("Dr. Ruiz, a chiropractor"). With
    /// `firstNames` (what the user typed in a debrief), a lone first name that only one
    /// contact has ("Pedro, a lawyer" for Pedro Gil) names them too.
    func contactNamed(in text: String, other: ContactID, firstNames: Bool = false) -> ContactID? {
        let lookup = NameLookup()
        let byFirstName: ((Substring) -> [ContactID])? =
            firstNames
            ? { first in
                contacts.filter { TextFolding.fold($0.name).split(separator: " ").first == first }.map(\.id)
            } : nil
        return Network.contactNamed(in: text, other: other, firstNamed: byFirstName) {
            lookup.exact($0, in: self).map(\.id)
        }
    }

    /// `contactNamed(in:other:)` with `named` giving the ids of the contacts with a name and
    /// `firstNamed` (when lone first names count) those whose first name is the folded word.
    static func contactNamed(
        in text: String, other: ContactID, firstNamed: ((Substring) -> [ContactID])? = nil,
        named: (String) -> [ContactID]
    ) -> ContactID? {
        var candidates = [text]
        if let cut = text.firstIndex(where: { ",(–—".contains($0) }) {
            candidates.append(String(text[..<cut]))
        }
        if let range = text.range(of: " - ") {
            candidates.append(String(text[..<range.lowerBound]))
        }
        for candidate in candidates {
            let matches = named(candidate).filter { $0 != other }
            if matches.count == 1 { return matches[0] }
        }
        guard let firstNamed else { return nil }
        for candidate in candidates {
            let words = TextFolding.fold(candidate).split(separator: " ")
            guard words.count == 1, let first = words.first else { continue }
            let matches = firstNamed(first).filter { $0 != other }
            if matches.count == 1 { return matches[0] }
        }
        return nil
    }
}

/// Appends the texts not already in `list` (ignoring case and accents); returns how many.
@discardableResult
private func merge<Item>(
    _ texts: [String], into list: inout [Item], text: (Item) -> String, make: (String) -> Item
) -> Int {
    var seen = Set(list.map { TextFolding.fold(text($0)) })
    var added = 0
    for raw in texts {
        let tidy = TextFolding.tidy(raw)
        let key = TextFolding.fold(tidy)
        guard !key.isEmpty, seen.insert(key).inserted else { continue }
        list.append(make(tidy))
        added += 1
    }
    return added
}
