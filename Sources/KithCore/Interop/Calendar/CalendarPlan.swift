/// What `kith calendar` lists from today to its last day, as data the front end words.
///
/// - Open actions are dated today; snoozed ones on the day they come back, if that falls
///   within the window. Done and dismissed ones are left out.
/// - Open promises that no action covers (say, the promise rule is switched off) are dated today.
/// - People whose ideal reconnect day (last contact + their tier's ideal days) falls after
///   today and within the window, and whom no reconnect rule's action covers, get one entry on
///   that day.
///
/// Only the actions listed get their texts worked out: hidden ones only say what they cover.
package enum CalendarPlan {
    /// One dated entry.
    package enum Entry {
        /// A suggested action, on the day it shows.
        case action(SuggestedAction, date: Day)
        /// An open promise no action covers; `number` is its place in the person's promises.
        case promise(Contact, Promise, number: Int)
        /// The day a person's cadence says to get in touch again.
        case reconnect(Contact, due: Day, lastInTouch: Day, tier: String, idealDays: Int)
    }

    /// The entries from `today` through `lastDay`: actions first (best first), then promises and
    /// reconnects in the order of the contacts.
    package static func entries(_ matches: ActionMatches, network: Network, today: Day, through lastDay: Day) -> [Entry]
    {
        let selection = matches.calendar(through: lastDay)
        var entries = selection.shown.map { Entry.action($0.action, date: $0.date) }
        let tiers = TierResolver(settings: network.settings)
        for contact in network.contacts {
            for (n, promise) in contact.promises.enumerated()
            where promise.isOpen && !selection.coveredPromises.contains([contact.id, promise.text]) {
                entries.append(.promise(contact, promise, number: n))
            }
            guard !selection.reconnecting.contains(contact.id), let last = contact.lastInteraction else { continue }
            let (tier, cadence) = tiers.tier(for: contact)
            let due = last.adding(days: cadence.idealDays)
            guard due > today, due <= lastDay else { continue }
            entries.append(.reconnect(contact, due: due, lastInTouch: last, tier: tier, idealDays: cadence.idealDays))
        }
        return entries
    }
}
