/// Applies imported debrief records to a network, as typed debriefs would be.
package enum DebriefImport {
    /// What happened to one record.
    package enum Outcome: Equatable, Sendable {
        case added(name: String)
        case merged(name: String)
        /// The person already held everything the record says (the same file imported again).
        case unchanged(name: String)
        case rejected(number: Int, line: Int?, reason: String)
    }

    /// Applies every good record and reports bad and ambiguous ones. A record is about someone
    /// already there when `ContactMatcher` says so (a shared e-mail or phone, or the same name
    /// without conflicting keys); a record of the same day and context as a meeting already
    /// recorded is not a new meeting. The keys are indexed once, so the import is linear.
    /// Pure: the caller saves the network once, so an import is all or nothing on disk.
    package static func apply(
        _ entries: [DebriefFileReader.Entry], to network: inout Network, today: Day,
        ids: inout ContactIDGenerator
    ) -> [Outcome] {
        var index = ContactKeyIndex(network.contacts)
        var taken = Set(network.contacts.map(\.id))
        var outcomes: [Outcome] = []
        for entry in entries {
            switch entry.result {
            case .failure(let error):
                outcomes.append(.rejected(number: entry.number, line: entry.line, reason: error.reason))
            case .success(let record):
                var card = ImportedContact(name: record.name)
                card.emails = record.email.map { [$0] } ?? []
                card.phones = record.phone.map { [$0] } ?? []
                card.company = record.company
                var position: Int?
                switch ContactMatcher.decide(card, in: network.contacts, index: index) {
                case .ambiguous(let reason):
                    outcomes.append(
                        .rejected(
                            number: entry.number, line: entry.line,
                            reason: "\(reason); debrief this one by hand to pick"))
                    continue
                case .one(let found, _): position = found
                case .new, .possibleDuplicate: position = nil
                }
                let newID = position == nil ? ids.next(avoiding: taken) : ""
                taken.insert(newID)
                let outcome = network.apply(record, at: position, newID: newID, today: today, linkKnows: false)
                let at = position ?? network.contacts.count - 1
                index.add(network.contacts[at], at: at)
                let name = network.contacts[at].name
                outcomes.append(
                    outcome.isNewContact
                        ? .added(name: name) : outcome.changed ? .merged(name: name) : .unchanged(name: name))
            }
        }
        network.linkAcquaintances()
        return outcomes
    }
}
