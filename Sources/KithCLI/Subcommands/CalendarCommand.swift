import ArgumentParser
import Foundation
import KithCore

/// `kith calendar`: follow-ups, open promises and reconnects as an iCalendar file.
struct CalendarCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Export follow-ups, open promises and reconnects as an iCalendar (.ics) file.",
        discussion: """
            Each item is an all-day event (VEVENT, shown by every calendar) or, with --todos, a \
            to-do due that day (VTODO). Today's suggested actions are dated today; snoozed ones \
            on the day they come back; reconnects on the day a person's cadence says to get in \
            touch. The summary is the action, the description says why. Every item has a \
            stable UID, so importing a newer file updates items instead of duplicating them.
            """)

    @Option(help: ArgumentHelp("Include items up to this many days after today.", valueName: "n"))
    var days = 14

    @Flag(help: "Write to-dos (VTODO with a DUE date) instead of all-day events.")
    var todos = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (0...366).contains(days) else { throw ValidationError("--days must be between 0 and 366, not \(days)") }
    }

    func run(in session: Session) throws {
        let coach = try session.coach()
        session.warnAbout(coach.rules().problems)
        let entries = CalendarPlan.entries(
            coach.matches(), network: coach.network, today: session.today,
            through: session.today.adding(days: days))
        let items = CalendarPlanner(today: session.today, kind: todos ? .todo : .event).items(from: entries)
        let text = ICalendarWriter.calendar(for: items, stamp: Date(), name: "kith")
        let destination = output.destination
        if try destination.write(text, in: session), let path = destination.path, !destination.isStandardOutput {
            session.say("Wrote \(items.count) \(items.count == 1 ? "item" : "items") to \(path).")
        }
    }
}
