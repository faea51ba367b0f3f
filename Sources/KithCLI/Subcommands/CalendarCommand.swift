import ArgumentParser
import Foundation
import KithCore

/// `kith calendar`: today's follow-ups, promises and reconnects as an iCalendar file, so they
/// appear in the user's calendar.
struct CalendarCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Export follow-ups, promises and reconnects as iCalendar (RFC 5545) to-dos.",
        discussion: """
            Every open suggested action becomes a to-do due today; snoozed ones are due on the \
            day they come back. Each has a stable UID, so importing the file again updates the \
            same to-dos instead of duplicating them. Open promises older than today are included \
            through the promise rule.
            """)

    @OptionGroup var output: OutputOptions

    func run(in session: Session) throws {
        let coach = try Coach(session: session)
        let actions = allActions(for: coach.network, today: session.today, rules: coach.rules, finder: coach.finder)
        let items: [CalendarItem] = actions.compactMap { action in
            let due: Day
            switch action.status {
            case .open: due = session.today
            case .snoozed(let until): due = until
            default: return nil
            }
            return CalendarItem(uid: "\(action.id)@kith", date: due, summary: action.text, description: action.why, kind: .todo)
        }
        let text = ICalendarWriter.calendar(for: items, stamp: Date(), name: "kith")
        try output.destination.write(text, session: session)
    }
}
