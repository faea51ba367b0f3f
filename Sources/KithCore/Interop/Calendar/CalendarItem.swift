/// One dated item for `kith calendar`: a follow-up, a promise, a reconnect.
package struct CalendarItem: Hashable, Sendable {
    /// An all-day event (VEVENT) or a to-do due that day (VTODO).
    package enum Kind: String, Hashable, Sendable {
        case event
        case todo
    }

    /// A stable id, so calendars replace the item on re-import instead of duplicating it
    /// (for example `follow-up-<contact id>-2026-11-23@kith`).
    package var uid: String
    package var date: Day
    package var summary: String
    package var description: String
    package var kind: Kind

    package init(uid: String, date: Day, summary: String, description: String = "", kind: Kind) {
        self.uid = uid
        self.date = date
        self.summary = summary
        self.description = description
        self.kind = kind
    }
}
