import Foundation

/// Plans a two-way sync of the store's contacts with a contacts vdir (see `ContactSyncPlan`).
///
/// For each card synced before, the card as last synced (in `SyncState`) tells which side
/// changed: kith's change is written out, the vdir's is merged in (`CardMerge`), both are merged
/// three ways. A card new in the vdir joins the network as an import does (by UID, e-mail, phone,
/// link, then name); a contact new in kith gets a card named from its UID. A card deleted in the
/// vdir is reported, and applied (the contact archived) only with `acceptDeletions`; a contact
/// gone from kith has its card removed. Only people with one of `settings.tags` leave the
/// machine; `settings.privateFields` never do. A card that does not read is skipped and reported.
package struct ContactSyncPlanner {
    package let settings: SyncSettings
    package let today: Day
    package let acceptDeletions: Bool
    let projection: CardProjection

    package init(settings: SyncSettings, today: Day, acceptDeletions: Bool) {
        self.settings = settings
        self.today = today
        self.acceptDeletions = acceptDeletions
        projection = CardProjection(privateFields: settings.privateFields, today: today)
    }

    /// True when `contact` may leave the machine.
    func isShared(_ contact: Contact) -> Bool {
        guard !settings.tags.isEmpty else { return true }
        let wanted = Set(settings.tags.map(MatchKeys.text))
        return contact.tags.contains { wanted.contains(MatchKeys.text($0)) }
    }

    package func plan(
        network: Network, files: [VdirFile], state: SyncState,
        makeID: () -> ContactID
    ) throws -> ContactSyncPlan {
        var plan = ContactSyncPlan(network: network, state: state)
        if state.contactsFolder != settings.contactsFolder {
            plan.state = SyncState()
            plan.state.contactsFolder = settings.contactsFolder
            plan.state.tasks = state.tasks
        }
        let (cards, unreadable) = read(files, into: &plan.report)
        guard !cards.isEmpty || !unreadable.isEmpty || plan.state.cards.isEmpty || network.contacts.isEmpty else {
            throw SyncError.emptyFolder(path: settings.contactsFolder, synced: plan.state.cards.count)
        }
        var byUID: [String: Int] = [:]
        for (index, contact) in plan.network.contacts.enumerated() { byUID[uid(of: contact)] = index }
        var written = Set<String>()
        try syncKnownCards(cards, unreadable: unreadable, byUID: &byUID, written: &written, plan: &plan)
        try addNewCards(cards, byUID: &byUID, written: &written, plan: &plan, makeID: makeID)
        refreshJoinedContacts(cards, plan: &plan)
        addNewContacts(written: written, cards: cards, plan: &plan)
        syncKithData(cards, plan: &plan)
        return plan
    }

    func uid(of contact: Contact) -> String { contact.uid ?? "kith-" + contact.id }

    /// The cards that read, by UID; the names of files that did not (their people are left alone).
    func read(_ files: [VdirFile], into report: inout SyncReport) -> ([String: ReadCard], Set<String>) {
        var cards: [String: ReadCard] = [:]
        var unreadable = Set<String>()
        for file in files {
            switch CardProjection.read(file.data, file: file.name) {
            case .failure(let skipped):
                report.skipped.append(skipped)
                unreadable.insert(file.name)
            case .success(let card):
                let key = card.uid ?? "file:" + file.name
                if let other = cards[key] {
                    report.skipped.append(.init(file: file.name, problem: .sameUID(as: other.file.name)))
                    unreadable.insert(file.name)
                    continue
                }
                cards[key] = ReadCard(file: file, card: card, hash: ContentHash.of(file.data))
            }
        }
        return (cards, unreadable)
    }

    /// Cards synced before: changed on one side, both, or deleted.
    func syncKnownCards(
        _ cards: [String: ReadCard], unreadable: Set<String>, byUID: inout [String: Int],
        written: inout Set<String>, plan: inout ContactSyncPlan
    ) throws {
        var forgotten: [String] = []
        for (key, entry) in plan.state.cards.sorted(by: { $0.key < $1.key }) where key != KithDataCard.uid {
            if let owner = entry.contact {
                written.insert(key)
                syncJoinedCard(cards[key], key: key, entry: entry, owner: byUID[owner], plan: &plan)
                continue
            }
            let position = byUID[key]
            guard let theirs = cards[key] else {
                if unreadable.contains(entry.file) {
                    if let position { written.insert(uid(of: plan.network.contacts[position])) }
                    continue
                }
                guard let position else {
                    plan.state.cards[key] = nil
                    continue
                }
                let name = plan.network.contacts[position].name
                written.insert(key)
                if acceptDeletions {
                    forgotten.append(plan.network.contacts[position].id)
                    plan.state.cards[key] = nil
                    plan.report.add(.kith, .contact, .deleted, name)
                } else {
                    plan.report.add(.kith, .contact, .deletionPending, name)
                }
                continue
            }
            written.insert(key)
            guard let position else {
                plan.removals.append(theirs.file.name)
                plan.state.cards[key] = nil
                plan.report.add(.vdir, .contact, .deleted, theirs.card.name)
                continue
            }
            try syncCard(theirs, entry: entry, at: position, plan: &plan)
        }
        for id in forgotten {
            plan.archived.append(try plan.network.forget(id, on: today))
        }
        if !forgotten.isEmpty {
            byUID = [:]
            for (index, contact) in plan.network.contacts.enumerated() { byUID[uid(of: contact)] = index }
        }
    }

    /// A card that joined someone with a card of their own: its changes are filled in as an
    /// import fills them; gone from either side, it is forgotten.
    func syncJoinedCard(
        _ theirs: ReadCard?, key: String, entry: SyncState.Card, owner: Int?,
        plan: inout ContactSyncPlan
    ) {
        guard let theirs, let owner else {
            plan.state.cards[key] = nil
            return
        }
        guard theirs.hash != entry.hash else { return }
        var contact = plan.network.contacts[owner]
        let changes = ContactFilling.fill(&contact, from: theirs.card, today: today)
        if contact != plan.network.contacts[owner] {
            plan.network.contacts[owner] = contact
            plan.report.add(.kith, .contact, .changed, contact.name, fields: changes)
        }
        plan.state.cards[key]?.hash = theirs.hash
        plan.state.cards[key]?.text = theirs.text
    }

    /// One card synced before and still on both sides.
    func syncCard(_ theirs: ReadCard, entry: SyncState.Card, at position: Int, plan: inout ContactSyncPlan) throws {
        let contact = plan.network.contacts[position]
        let shared = isShared(contact)
        let ourCard = shared ? projection.card(for: contact) : entry.text
        let theirChanged = theirs.hash != entry.hash
        let ourChanged = entry.sent.map { $0 != ContentHash.of(ourCard) } ?? (ourCard != entry.text)
        if !theirChanged && !ourChanged { return }
        if !theirChanged {
            write(ourCard, as: theirs.file.name, uid: uid(of: contact), plan: &plan)
            let fields = changedFields(from: entry.text, to: contact)
            plan.report.add(.vdir, .contact, .changed, contact.name, fields: fields)
            return
        }
        let outcome = try CardMerge(projection: projection).merge(
            contact: contact, ourCard: ourCard, baseCard: entry.text, theirs: theirs.card)
        if outcome.contact != contact {
            plan.network.contacts[position] = outcome.contact
            plan.report.add(.kith, .contact, .changed, outcome.contact.name, fields: outcome.fields)
        }
        if !outcome.conflicts.isEmpty {
            plan.report.add(.kith, .contact, .conflict, outcome.contact.name, conflicts: outcome.conflicts)
        }
        settle(theirs, contact: outcome.contact, shared: shared, ourChanged: ourChanged, plan: &plan)
    }

    /// After a card came in: kith's card for the contact replaces the vdir's when they differ
    /// (the contact is shared), and the state remembers what both sides now hold.
    func settle(_ theirs: ReadCard, contact: Contact, shared: Bool, ourChanged: Bool, plan: inout ContactSyncPlan) {
        let uid = uid(of: contact)
        let card = projection.card(for: contact)
        // A server that rewrites cards in its own layout (folding, parameter case) gives back the
        // same person: kith keeps that text rather than sending its own back and forth.
        guard shared, card != theirs.text, !sameContact(card, theirs, id: contact.id) else {
            plan.state.cards[theirs.card.uid ?? uid] = .init(
                file: theirs.file.name, hash: theirs.hash, text: theirs.text,
                sent: shared && card != theirs.text ? ContentHash.of(card) : nil)
            return
        }
        write(card, as: theirs.file.name, uid: theirs.card.uid ?? uid, plan: &plan)
        if ourChanged { plan.report.add(.vdir, .contact, .changed, contact.name) }
    }

    func sameContact(_ card: String, _ theirs: ReadCard, id: ContactID) -> Bool {
        guard let ours = projection.contact(fromText: card, fallbackID: id) else { return false }
        return ours == projection.contact(from: theirs.card, fallbackID: id) && theirs.card.kith != nil
    }

    func write(_ card: String, as file: String, uid: String, plan: inout ContactSyncPlan) {
        let data = Data(card.utf8)
        plan.writes.append(VdirFile(name: file, data: data))
        plan.state.cards[uid] = .init(file: file, hash: ContentHash.of(data), text: card)
    }

    /// The fields in which `contact` differs from the card as last synced.
    func changedFields(from baseCard: String, to contact: Contact) -> [String] {
        guard let base = projection.contact(fromText: baseCard, fallbackID: contact.id),
            let ours = projection.contact(fromText: projection.card(for: contact), fallbackID: contact.id),
            let b = try? JSONFields.of(base), let o = try? JSONFields.of(ours)
        else { return [] }
        return Set(b.keys).union(o.keys).sorted().filter { b[$0] != o[$0] && $0 != "id" }
    }
}
