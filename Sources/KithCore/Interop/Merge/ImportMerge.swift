/// Merges imported people into `network` without making duplicates and without merging two
/// people on a name alone (see `ContactMatcher`): a card about someone already there fills
/// and updates what the card brings (see `ContactFilling`); nothing the user wrote is
/// overwritten. New people get `today` as their `added` day.
///
/// The contacts' keys are indexed once, so the whole import is linear in the network's size.
/// With `dryRun` the report is the same but `network` is left as it was and `makeID` is not
/// called.
package func merge(
    _ cards: [ImportedContact], into network: inout Network, today: Day, dryRun: Bool = false,
    makeID: () -> ContactID
) -> ImportReport {
    var report = ImportReport()
    var working = network
    var index = ContactKeyIndex(working.contacts)
    var placeholder = 0
    var taken = Set(working.contacts.map(\.id))
    for card in cards {
        let label = card.name.isEmpty ? (card.origin.map { "(no name, \($0))" } ?? "(no name)") : card.name
        guard !TextFolding.tidy(card.name).isEmpty else {
            report.skipped.append(.init(name: label, reason: "the card has no name, company or e-mail"))
            continue
        }
        let decision = ContactMatcher.decide(card, in: working.contacts, index: index)
        switch decision {
        case .ambiguous(let reason):
            report.skipped.append(.init(name: label, reason: reason))
        case .one(let position, let matchedBy):
            let changes = ContactFilling.fill(&working.contacts[position], from: card, today: today)
            let update = ImportReport.Update(
                name: working.contacts[position].name, matchedBy: matchedBy, changes: changes)
            if changes.isEmpty {
                report.unchanged.append(update)
            } else {
                report.updated.append(update)
                index.add(working.contacts[position], at: position)
            }
        case .new, .possibleDuplicate:
            let id: ContactID
            if let kithID = card.kith?.id, !kithID.isEmpty, !taken.contains(kithID) {
                id = kithID
            } else if dryRun {
                placeholder += 1
                id = "dry-run-\(placeholder)"
            } else {
                id = makeID()
            }
            taken.insert(id)
            var contact = Contact(id: id, name: TextFolding.tidy(card.name), added: card.kith?.added ?? today)
            _ = ContactFilling.fill(&contact, from: card, today: today)
            if case .possibleDuplicate(let others) = decision {
                report.possibleDuplicates.append(
                    .init(
                        name: contact.name, id: id,
                        of: others.map { "\(working.contacts[$0].name) (\(working.contacts[$0].id))" },
                        reason: others.compactMap { ContactMatcher.difference(working.contacts[$0], card) }.first
                            ?? "they differ"))
            }
            working.contacts.append(contact)
            index.add(contact, at: working.contacts.count - 1)
            report.added.append(contact.name)
        }
    }
    if !dryRun { network = working }
    return report
}
