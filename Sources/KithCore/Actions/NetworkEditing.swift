/// Small edits the coach needs: logging an interaction, marking a need solved, setting a
/// contact's cadence tier. Pure changes to a `Network`; the command layer saves them.
extension Network {
    /// The contact meant by `text`: its id, its full name (case and accents ignored), or the
    /// only contact whose name contains it.
    public func resolveContact(_ text: String) throws -> ContactID {
        if contact(id: text) != nil { return text }
        let wanted = TextFolding.fold(text)
        guard !wanted.isEmpty else { throw ActionError.emptyText(field: .contactName) }
        let exact = contacts.filter { TextFolding.fold($0.name) == wanted }
        if exact.count == 1 { return exact[0].id }
        let candidates = exact.isEmpty ? contacts.filter { TextFolding.fold($0.name).contains(wanted) } : exact
        if candidates.count == 1 { return candidates[0].id }
        if candidates.isEmpty { throw ActionError.unknownContact(text) }
        throw ActionError.ambiguousContact(text, candidates: candidates.prefix(10).map { "\($0.name) (\($0.id))" })
    }

    /// Records an interaction of any kind; it resets the reconnect cadence.
    public mutating func logInteraction(contact id: ContactID, kind: InteractionKind, note: String?, today: Day) throws
    {
        guard let c = index(of: id) else { throw ActionError.unknownContact(id) }
        let note = note.map(TextFolding.tidy).flatMap { $0.isEmpty ? nil : $0 }
        contacts[c].interactions.append(Interaction(date: today, kind: kind, note: note))
    }

    /// Marks the contact's open need matching `need` as solved, by `by` (a name or free text).
    public mutating func solveNeed(contact id: ContactID, need: String, by: String?, today: Day) throws {
        guard let c = index(of: id) else { throw ActionError.unknownContact(id) }
        let n = try Self.openNeed(in: contacts[c].needs, matching: need, owner: contacts[c].name)
        contacts[c].needs[n].solved = today
        contacts[c].needs[n].solvedBy = by.map(TextFolding.tidy).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Sets the contact's cadence tier, or clears it with nil (back to tags and the default).
    public mutating func setTier(contact id: ContactID, tier: String?) throws {
        guard let c = index(of: id) else { throw ActionError.unknownContact(id) }
        if let tier, settings.allTiers[tier] == nil {
            throw ActionError.unknownTier(tier, known: settings.allTiers.keys.sorted())
        }
        contacts[c].tier = tier
    }

    /// Gives every contact tagged `tag` (and without its own tier) the tier `tier`; nil removes it.
    public mutating func setTagTier(tag: String, tier: String?) throws {
        if let tier, settings.allTiers[tier] == nil {
            throw ActionError.unknownTier(tier, known: settings.allTiers.keys.sorted())
        }
        settings.tagTiers[TextFolding.fold(tag)] = tier
    }

    /// The tier name and cadence the reconnect rules use for a contact.
    public func effectiveTier(of contact: Contact) -> (name: String, cadence: CadenceTier) {
        let (name, cadence) = TierResolver(settings: settings).tier(for: contact)
        return (name, cadence)
    }

    /// The introductions a contact is part of, oldest first (to show on either person).
    public func introductions(involving id: ContactID) -> [Introduction] {
        introductions.filter { $0.involves(id) }
    }

    /// The position of the open need matching `text`: equal when folded, else the only one containing it.
    static func openNeed(in needs: [Need], matching text: String, owner: String) throws -> Int {
        let wanted = TextFolding.fold(text)
        guard !wanted.isEmpty else { throw ActionError.emptyText(field: .need) }
        let open = needs.indices.filter { needs[$0].isOpen }
        if let exact = open.first(where: { TextFolding.fold(needs[$0].text) == wanted }) { return exact }
        let partial = open.filter { TextFolding.fold(needs[$0].text).contains(wanted) }
        if partial.count == 1 { return partial[0] }
        if partial.isEmpty {
            throw ActionError.unknownNeed(contact: owner, need: text, open: open.map { needs[$0].text })
        }
        throw ActionError.ambiguousNeed(contact: owner, need: text, candidates: partial.map { needs[$0].text })
    }
}
