/// Merges imported people into `network` without making duplicates: a card about someone
/// already there (see `ContactMatcher`) only fills their empty fields and adds new e-mails,
/// phones, links, tags and items; nothing the user wrote is overwritten. New people get
/// `today` as their `added` day and, for LinkedIn, a `connected` interaction.
///
/// With `dryRun` the report is the same but `network` is left as it was and `makeID` is not
/// called.
public func merge(
    _ cards: [ImportedContact], into network: inout Network, today: Day, dryRun: Bool = false,
    makeID: () -> ContactID
) -> ImportReport {
    var report = ImportReport()
    var working = network
    var placeholder = 0
    for card in cards {
        let label = card.name.isEmpty ? (card.origin.map { "(no name, \($0))" } ?? "(no name)") : card.name
        guard !TextFolding.tidy(card.name).isEmpty else {
            report.skipped.append(.init(name: label, reason: "the card has no name, company or e-mail"))
            continue
        }
        switch ContactMatcher.match(card, in: working.contacts) {
        case .ambiguous(let reason):
            report.skipped.append(.init(name: label, reason: reason))
        case .one(let index, let matchedBy):
            let changes = ContactFilling.fill(&working.contacts[index], from: card, today: today)
            let name = working.contacts[index].name
            if changes.isEmpty {
                report.skipped.append(.init(name: name, reason: "already in kith (same \(matchedBy)), nothing new"))
            } else {
                report.updated.append(.init(name: name, matchedBy: matchedBy, changes: changes))
            }
        case .none:
            let id: ContactID
            if dryRun {
                placeholder += 1
                id = "dry-run-\(placeholder)"
            } else {
                id = makeID()
            }
            var contact = Contact(id: id, name: TextFolding.tidy(card.name), added: today)
            _ = ContactFilling.fill(&contact, from: card, today: today)
            working.contacts.append(contact)
            report.added.append(contact.name)
        }
    }
    if !dryRun { network = working }
    return report
}
