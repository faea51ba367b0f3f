/// Applies imported debrief records to a network, as typed debriefs would be.
public enum DebriefImport {
    /// What happened to one record.
    public enum Outcome: Equatable, Sendable {
        case added(name: String)
        case merged(name: String)
        case rejected(number: Int, line: Int?, reason: String)
    }

    /// Applies every good record (a known name merges, with a new dated interaction); reports
    /// bad and ambiguous ones. Pure: the caller saves the network once, so an import is all
    /// or nothing on disk.
    public static func apply(
        _ entries: [DebriefFileReader.Entry], to network: inout Network, today: Day,
        ids: inout ContactIDGenerator
    ) -> [Outcome] {
        let lookup = NameLookup()
        var outcomes: [Outcome] = []
        for entry in entries {
            switch entry.result {
            case .failure(let error):
                outcomes.append(.rejected(number: entry.number, line: entry.line, reason: error.reason))
            case .success(let record):
                let known = lookup.exact(record.name, in: network)
                if known.count > 1 {
                    outcomes.append(.rejected(
                        number: entry.number, line: entry.line,
                        reason: "\(known.count) contacts are named '\(record.name)'; debrief this one by hand to pick"))
                    continue
                }
                let outcome = network.apply(record, to: known.first?.id, today: today, ids: &ids)
                outcomes.append(outcome.isNewContact ? .added(name: record.name) : .merged(name: known[0].name))
            }
        }
        network.linkAcquaintances()
        return outcomes
    }
}
