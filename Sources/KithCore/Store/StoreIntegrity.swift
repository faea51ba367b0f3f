/// What is wrong with a network that decodes but is not consistent: the checks `kith doctor`
/// runs over the whole model, and the one every save runs (unique ids).
public struct StoreIntegrity: Sendable, Equatable {
    /// Ids shared by more than one contact, each with the names that share it.
    public var duplicateIDs: [(id: ContactID, names: [String])] = []
    /// Links to people who are not in the store: "where: id".
    public var danglingLinks: [String] = []
    /// Dates outside the years a person could type: "where: date".
    public var datesOutOfRange: [String] = []
    /// The schema version, when it is below 1.
    public var badSchemaVersion: Int?

    public var isHealthy: Bool {
        duplicateIDs.isEmpty && danglingLinks.isEmpty && datesOutOfRange.isEmpty && badSchemaVersion == nil
    }

    public static func == (lhs: StoreIntegrity, rhs: StoreIntegrity) -> Bool {
        lhs.duplicateIDs.map(\.id) == rhs.duplicateIDs.map(\.id)
            && lhs.duplicateIDs.map(\.names) == rhs.duplicateIDs.map(\.names)
            && lhs.danglingLinks == rhs.danglingLinks && lhs.datesOutOfRange == rhs.datesOutOfRange
            && lhs.badSchemaVersion == rhs.badSchemaVersion
    }

    /// The ids shared by several contacts, in order of first appearance (linear time).
    public static func duplicateIDs(in network: Network) -> [ContactID] {
        var seen = Set<ContactID>(minimumCapacity: network.contacts.count)
        var reported = Set<ContactID>()
        var duplicates: [ContactID] = []
        for contact in network.contacts where !seen.insert(contact.id).inserted {
            if reported.insert(contact.id).inserted { duplicates.append(contact.id) }
        }
        return duplicates
    }

    /// Checks the whole network.
    public static func check(_ network: Network) -> StoreIntegrity {
        var result = StoreIntegrity()
        var names: [ContactID: [String]] = [:]
        for contact in network.contacts { names[contact.id, default: []].append(contact.name) }
        result.duplicateIDs = duplicateIDs(in: network).map { ($0, names[$0] ?? []) }
        if network.schemaVersion < 1 { result.badSchemaVersion = network.schemaVersion }
        func date(_ day: Day?, _ place: @autoclosure () -> String) {
            if let day, !InputLimits.accepts(day) { result.datesOutOfRange.append("\(place()): \(day)") }
        }
        for contact in network.contacts {
            let who = contact.name
            date(contact.added, "\(who), added")
            for need in contact.needs {
                date(need.recorded, "\(who), need")
                date(need.solved, "\(who), need solved")
            }
            for offer in contact.offers { date(offer.recorded, "\(who), offer") }
            for note in contact.notes { date(note.recorded, "\(who), note") }
            for promise in contact.promises {
                date(promise.recorded, "\(who), promise")
                date(promise.kept, "\(who), promise kept")
            }
            for interaction in contact.interactions { date(interaction.date, "\(who), \(interaction.kind)") }
            for acquaintance in contact.knows {
                date(acquaintance.recorded, "\(who), knows")
                if let id = acquaintance.contactID, names[id] == nil {
                    result.danglingLinks.append("\(who) knows \(acquaintance.text): \(id)")
                }
            }
        }
        for introduction in network.introductions {
            for id in [introduction.first, introduction.second] where names[id] == nil {
                result.danglingLinks.append("introduction (\(introduction.why)): \(id)")
            }
            for day in [
                introduction.suggested, introduction.askedFirst, introduction.askedSecond,
                introduction.made, introduction.followedUp,
            ] {
                date(day, "introduction (\(introduction.why))")
            }
        }
        for entry in network.actionLog {
            date(entry.on, "action \(entry.id)")
            date(entry.until, "action \(entry.id) until")
        }
        return result
    }
}
