import KithCore

/// Words the calendar's entries as `CalendarItem`s for `kith calendar`, each with a stable UID:
/// `<action id>@kith` for actions, `promise-<contact id>-<promise day>-<n>@kith` for promises,
/// `reconnect-<contact id>@kith` for reconnects (so a later export moves it rather than adding
/// another).
struct CalendarPlanner {
    let today: Day
    let kind: CalendarItem.Kind

    func items(from entries: [CalendarPlan.Entry]) -> [CalendarItem] {
        entries.map { entry in
            switch entry {
            case .action(let action, let date):
                return CalendarItem(
                    uid: "\(action.id)@kith", date: date, summary: action.text,
                    description: action.why, kind: kind)
            case .promise(let contact, let promise, let n):
                return CalendarItem(
                    uid: "promise-\(contact.id)-\(promise.recorded)-\(n)@kith", date: today,
                    summary: "Keep your promise to \(contact.name): \(promise.text)",
                    description: "You promised this on \(promise.recorded) and it is still open.", kind: kind)
            case .reconnect(let contact, let due, let last, let tier, let idealDays):
                return CalendarItem(
                    uid: "reconnect-\(contact.id)@kith", date: due,
                    summary: "Reconnect with \(contact.name)",
                    description:
                        "Last in touch on \(last); for \(tier) contacts kith suggests every \(idealDays) days.",
                    kind: kind)
            }
        }
    }
}
