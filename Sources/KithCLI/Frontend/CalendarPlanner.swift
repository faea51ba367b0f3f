import KithCore

/// Turns the coach's actions, open promises and coming reconnects into `CalendarItem`s for
/// `kith calendar`.
///
/// - Open actions are dated today; snoozed ones on the day they come back, if that falls
///   within the window. Done and dismissed ones are left out. UID: `<action id>@kith`.
/// - Open promises that no action covers (say, the promise rule is switched off) are dated
///   today. UID: `promise-<contact id>-<promise day>-<n>@kith`.
/// - People whose ideal reconnect day (last contact + their tier's ideal days) falls after
///   today and within the window, and who have no reconnect action already, get one item on
///   that day. UID: `reconnect-<contact id>@kith`, so a later export moves it rather than
///   adding another.
struct CalendarPlanner {
    let network: Network
    let today: Day
    /// The last day included (today + days).
    let lastDay: Day
    let kind: CalendarItem.Kind

    func items(from actions: [SuggestedAction]) -> [CalendarItem] {
        var items: [CalendarItem] = []
        var covered: Set<[String]> = []
        var reconnecting: Set<ContactID> = []
        for action in actions {
            // Hidden actions still cover their promise and their reconnect.
            if let item = action.item, action.contactIDs.count == 1 { covered.insert([action.contactIDs[0], item]) }
            if action.ruleID.hasPrefix("reconnect") { reconnecting.formUnion(action.contactIDs) }
            let date: Day
            switch action.status {
            case .open: date = today
            case .snoozed(let until): date = until
            case .done, .dismissed: continue
            }
            guard date <= lastDay else { continue }
            items.append(CalendarItem(uid: "\(action.id)@kith", date: date, summary: action.text,
                                      description: action.why, kind: kind))
        }
        for contact in network.contacts {
            for (n, promise) in contact.promises.enumerated() where promise.isOpen && !covered.contains([contact.id, promise.text]) {
                items.append(CalendarItem(
                    uid: "promise-\(contact.id)-\(promise.recorded)-\(n)@kith", date: today,
                    summary: "Keep your promise to \(contact.name): \(promise.text)",
                    description: "You promised this on \(promise.recorded) and it is still open.", kind: kind))
            }
            if !reconnecting.contains(contact.id), let item = reconnect(contact) { items.append(item) }
        }
        return items
    }

    private func reconnect(_ contact: Contact) -> CalendarItem? {
        guard let last = contact.lastInteraction else { return nil }
        let (tier, cadence) = network.effectiveTier(of: contact)
        let due = last.adding(days: cadence.idealDays)
        guard due > today, due <= lastDay else { return nil }
        return CalendarItem(
            uid: "reconnect-\(contact.id)@kith", date: due,
            summary: "Reconnect with \(contact.name)",
            description: "Last in touch on \(last); for \(tier) contacts kith suggests every \(cadence.idealDays) days.",
            kind: kind)
    }
}
