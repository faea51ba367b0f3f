/// Forgetting a person and joining two records of one person: pure changes to a `Network`.
extension Network {
    /// Removes the contact and every trace of them elsewhere (the links others' "knows" items
    /// make to them, the introductions they are part of, the action-log entries about them),
    /// and returns all of it, so `restore(_:)` can put it back.
    public mutating func forget(_ id: ContactID, on day: Day) throws -> ForgottenPerson {
        guard let index = index(of: id) else { throw ActionError.unknownContact(id) }
        var person = ForgottenPerson(forgotten: day, contact: contacts.remove(at: index))
        for c in contacts.indices {
            for k in contacts[c].knows.indices where contacts[c].knows[k].contactID == id {
                contacts[c].knows[k].contactID = nil
                person.links.append(ForgottenPerson.Link(contactID: contacts[c].id, acquaintance: contacts[c].knows[k]))
            }
        }
        person.introductions = introductions.filter { $0.involves(id) }
        introductions.removeAll { $0.involves(id) }
        person.actionLog = actionLog.filter { Self.key($0.key, mentions: id) }
        actionLog.removeAll { Self.key($0.key, mentions: id) }
        return person
    }

    /// Puts a forgotten person back with their links, introductions and action log. When their
    /// id was taken since, they get `newID` and everything is rewritten to it.
    @discardableResult
    public mutating func restore(_ person: ForgottenPerson, newID: () -> ContactID) -> ContactID {
        var contact = person.contact
        let old = contact.id
        if index(of: old) != nil { contact.id = newID() }
        let id = contact.id
        contacts.append(contact)
        for link in person.links {
            guard let c = index(of: link.contactID) else { continue }
            var unlinked = link.acquaintance
            unlinked.contactID = nil
            if let k = contacts[c].knows.firstIndex(of: unlinked) {
                contacts[c].knows[k].contactID = id
            }
        }
        for var introduction in person.introductions where !introductions.contains(introduction) {
            if introduction.first == old { introduction.first = id }
            if introduction.second == old { introduction.second = id }
            introductions.append(introduction)
        }
        for entry in person.actionLog where !actionLog.contains(where: { $0.key == entry.key }) {
            actionLog.append(id == old ? entry : Self.rewritten(entry, from: old, to: id))
        }
        return id
    }

    /// Joins `other` into `keep`: lists without duplicates, the history, others' links, the
    /// introductions and the action log; `keep` keeps its id and its single values unless they
    /// are empty. `other` is gone afterwards.
    public mutating func join(_ keep: ContactID, absorbing other: ContactID) throws {
        guard keep != other else { return }
        guard let k = index(of: keep) else { throw ActionError.unknownContact(keep) }
        guard let o = index(of: other) else { throw ActionError.unknownContact(other) }
        let absorbed = contacts[o]
        var kept = contacts[k]
        kept.emails = Self.union(kept.emails, absorbed.emails) { TextFolding.fold($0) }
        kept.phones = Self.union(kept.phones, absorbed.phones) { $0.filter(\.isNumber) }
        kept.links = Self.union(kept.links, absorbed.links) { $0 }
        kept.tags = Self.union(kept.tags, absorbed.tags) { TextFolding.fold($0) }
        kept.company = Self.filled(kept.company) ?? absorbed.company
        kept.role = Self.filled(kept.role) ?? absorbed.role
        kept.birthday = Self.filled(kept.birthday) ?? absorbed.birthday
        kept.tier = Self.filled(kept.tier) ?? absorbed.tier
        kept.added = min(kept.added, absorbed.added)
        kept.needs = Self.union(kept.needs, absorbed.needs) { TextFolding.fold($0.text) }
        kept.offers = Self.union(kept.offers, absorbed.offers) { TextFolding.fold($0.text) }
        kept.knows = Self.union(kept.knows, absorbed.knows.filter { $0.contactID != keep }) {
            TextFolding.fold($0.text)
        }
        kept.promises = Self.union(kept.promises, absorbed.promises) { TextFolding.fold($0.text) }
        kept.notes = Self.union(kept.notes, absorbed.notes) { TextFolding.fold($0.text) }
        kept.interactions = Self.union(kept.interactions, absorbed.interactions) { $0 }
            .sorted { $0.date < $1.date }
        kept.vcardExtras = Self.union(kept.vcardExtras, absorbed.vcardExtras) { $0 }
        for (key, value) in absorbed.unknownFields where kept.unknownFields[key] == nil {
            kept.unknownFields[key] = value
        }
        kept.knows.removeAll { $0.contactID == other }
        contacts[k] = kept
        contacts.remove(at: o)
        for c in contacts.indices {
            for n in contacts[c].knows.indices where contacts[c].knows[n].contactID == other {
                contacts[c].knows[n].contactID = keep
            }
            contacts[c].knows = Self.union(contacts[c].knows, []) {
                "\(TextFolding.fold($0.text))|\($0.contactID ?? "")"
            }
        }
        var merged: [Introduction] = []
        for var introduction in introductions {
            if introduction.first == other { introduction.first = keep }
            if introduction.second == other { introduction.second = keep }
            if introduction.first == introduction.second { continue }
            if !merged.contains(where: {
                Set([$0.first, $0.second]) == Set([introduction.first, introduction.second])
            }) {
                merged.append(introduction)
            }
        }
        introductions = merged
        var log: [ActionLogEntry] = []
        for entry in actionLog {
            let moved = Self.key(entry.key, mentions: other) ? Self.rewritten(entry, from: other, to: keep) : entry
            if let same = log.firstIndex(where: { $0.key == moved.key }) {
                if moved.on >= log[same].on { log[same] = moved }
            } else {
                log.append(moved)
            }
        }
        actionLog = log
    }

    /// True when an action key ("rule|id|id|item") names the contact.
    static func key(_ key: String, mentions id: ContactID) -> Bool {
        key.split(separator: "|", omittingEmptySubsequences: false).dropFirst().contains { $0 == id }
    }

    static func rewritten(_ entry: ActionLogEntry, from old: ContactID, to new: ContactID) -> ActionLogEntry {
        var parts = entry.key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        for i in parts.indices.dropFirst() where parts[i] == old { parts[i] = new }
        var moved = entry
        moved.key = parts.joined(separator: "|")
        moved.id = ActionID.make(moved.key)
        return moved
    }

    static func filled(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }

    /// `first` then the items of `second` not already there (by `identity`), in order.
    static func union<Item, Key: Hashable>(_ first: [Item], _ second: [Item], by identity: (Item) -> Key) -> [Item] {
        var seen = Set<Key>()
        var result: [Item] = []
        for item in first + second where seen.insert(identity(item)).inserted { result.append(item) }
        return result
    }
}
