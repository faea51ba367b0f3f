import Foundation

extension ContactSyncPlanner {
    /// Cards the state does not know: people new to kith, or known by UID, e-mail, phone, link
    /// or name (the import's rules), whose card now joins the sync.
    func addNewCards(
        _ cards: [String: ReadCard], byUID: inout [String: Int], written: inout Set<String>,
        plan: inout ContactSyncPlan, makeID: () -> ContactID
    ) throws {
        for (key, theirs) in cards.sorted(by: { $0.key < $1.key })
        where plan.state.cards[key] == nil && !written.contains(key) && key != KithDataCard.uid {
            var card = theirs.card
            if card.uid == nil { card.uid = key }
            let uidsBefore = Dictionary(plan.network.contacts.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
            let report = merge([card], into: &plan.network, today: today, makeID: makeID)
            if let skipped = report.skipped.first {
                plan.report.skipped.append(.init(file: theirs.file.name, problem: .ambiguous(skipped.reason)))
                continue
            }
            for name in report.added { plan.report.add(.kith, .contact, .added, name) }
            for update in report.updated {
                plan.report.add(.kith, .contact, .changed, update.name, fields: update.changes)
            }
            guard let position = position(of: card, in: plan.network, byUID: &byUID) else { continue }
            // Joining someone whose card is synced already, the card does not take over their UID.
            if let old = uidsBefore[plan.network.contacts[position].id] ?? nil, old != key,
                plan.state.cards[old] != nil || written.contains(old)
            {
                plan.network.contacts[position].uid = old
                plan.network.contacts[position].vcardFields.removeAll {
                    VCardFieldLines.name(of: $0) == "UID"
                        && ContentTextEscaping.unescape(VCardFieldLines.value(of: $0)) != old
                }
                byUID[key] = nil
                byUID[old] = position
            }
            let contact = plan.network.contacts[position]
            written.insert(key)
            let own = uid(of: contact)
            guard own == key || !written.contains(own) && plan.state.cards[own] == nil else {
                // The card joined someone who has a card of their own: it only brings changes in.
                plan.state.cards[key] = .init(
                    file: theirs.file.name, hash: theirs.hash, text: theirs.text,
                    contact: uid(of: contact))
                continue
            }
            written.insert(uid(of: contact))
            plan.state.cards[key] = .init(file: theirs.file.name, hash: theirs.hash, text: theirs.text)
            if isShared(contact) {
                let ours = projection.card(for: contact)
                if ours != theirs.text {
                    if sameContact(ours, theirs, id: contact.id) {
                        plan.state.cards[key]?.sent = ContentHash.of(ours)
                    } else {
                        write(ours, as: theirs.file.name, uid: key, plan: &plan)
                    }
                }
            }
        }
    }

    /// Where the contact a new card went: by UID, else the last one added.
    func position(of card: ImportedContact, in network: Network, byUID: inout [String: Int]) -> Int? {
        if let uid = card.uid, let at = byUID[uid], at < network.contacts.count, network.contacts[at].uid == uid {
            return at
        }
        for (index, contact) in network.contacts.enumerated() { byUID[uid(of: contact)] = index }
        if let uid = card.uid, let at = byUID[uid] { return at }
        return nil
    }

    /// Contacts a joined card changed in this sync: their own card is written again.
    func refreshJoinedContacts(_ cards: [String: ReadCard], plan: inout ContactSyncPlan) {
        let owners = Set(plan.state.cards.values.compactMap(\.contact))
        guard !owners.isEmpty else { return }
        for contact in plan.network.contacts where isShared(contact) && owners.contains(uid(of: contact)) {
            let key = uid(of: contact)
            guard let entry = plan.state.cards[key], entry.contact == nil, cards[key] != nil else { continue }
            let card = projection.card(for: contact)
            guard card != entry.text else { continue }
            plan.writes.removeAll { $0.name == entry.file }
            write(card, as: entry.file, uid: key, plan: &plan)
        }
    }

    /// Shared contacts with no card yet: a new card each, named from its UID.
    func addNewContacts(written: Set<String>, cards: [String: ReadCard], plan: inout ContactSyncPlan) {
        var taken = Set(cards.values.map(\.file.name)).union(plan.state.cards.values.map(\.file))
        for contact in plan.network.contacts where isShared(contact) {
            let key = uid(of: contact)
            guard !written.contains(key), plan.state.cards[key] == nil else { continue }
            let file = cards[key]?.file.name ?? VdirFolder.fileName(forUID: key, fileExtension: "vcf", taken: taken)
            taken.insert(file)
            write(projection.card(for: contact), as: file, uid: key, plan: &plan)
            plan.report.add(.vdir, .contact, .added, contact.name)
        }
    }

    /// kith's own card: what the vdir's brings is united in, then it is written when it differs.
    func syncKithData(_ cards: [String: ReadCard], plan: inout ContactSyncPlan) {
        let theirs = cards[KithDataCard.uid]
        if let theirs, let shared = KithDataCard.shared(in: theirs.card) {
            let fields = KithDataCard.unite(shared, into: &plan.network)
            if !fields.isEmpty { plan.report.add(.kith, .kithData, .changed, "kith", fields: fields) }
        }
        let card = KithDataCard.card(for: plan.network)
        let empty = plan.network.me.isEmpty && plan.network.introductions.isEmpty && plan.network.actionLog.isEmpty
        if let theirs, card == theirs.text {
            plan.state.cards[KithDataCard.uid] = .init(file: theirs.file.name, hash: theirs.hash, text: theirs.text)
            return
        }
        if theirs == nil && empty { return }
        let file = theirs?.file.name ?? KithDataCard.fileName
        write(card, as: file, uid: KithDataCard.uid, plan: &plan)
        plan.report.add(.vdir, .kithData, theirs == nil ? .added : .changed, "kith")
    }
}
