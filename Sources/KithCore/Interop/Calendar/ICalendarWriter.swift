import Foundation

/// Writes `CalendarItem`s as an iCalendar file (RFC 5545): VERSION 2.0, all-day VEVENTs and
/// VTODOs, escaped text, lines folded at 75 octets, CRLF line ends.
package enum ICalendarWriter {
    package static let productID = "-//kith//kith calendar//EN"

    /// The calendar; items come sorted by day, then uid. `stamp` is the DTSTAMP (the time the
    /// file is made), written in UTC.
    package static func calendar(for items: [CalendarItem], stamp: Date, name: String? = nil) -> String {
        var out = ContentLineBuffer()
        out.reserve(items.count * 400)
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + productID, "CALSCALE:GREGORIAN"] { out.line(line) }
        if let name { out.line("X-WR-CALNAME:", escaping: name) }
        let dtstamp = utcStamp(stamp)
        // Written straight into one buffer, escaped and folded on the way: a calendar of a big
        // network has tens of thousands of items.
        for item in items.sorted(by: { ($0.date, $0.uid) < ($1.date, $1.uid) }) {
            let kind = item.kind == .event ? "VEVENT" : "VTODO"
            out.line("BEGIN:" + kind)
            out.line("UID:", escaping: item.uid)
            out.line("DTSTAMP:" + dtstamp)
            switch item.kind {
            case .event:
                out.line("DTSTART;VALUE=DATE:" + dateValue(item.date))
                out.line("DTEND;VALUE=DATE:" + dateValue(item.date.adding(days: 1)))
                out.line("TRANSP:TRANSPARENT")
            case .todo:
                out.line("DUE;VALUE=DATE:" + dateValue(item.date))
                out.line("STATUS:NEEDS-ACTION")
            }
            out.line("SUMMARY:", escaping: item.summary)
            if !item.description.isEmpty { out.line("DESCRIPTION:", escaping: item.description) }
            out.line("END:" + kind)
        }
        out.line("END:VCALENDAR")
        return out.text
    }

    /// `20261123` for 2026-11-23.
    static func dateValue(_ day: Day) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(day.year, 4) + padded(day.month, 2) + padded(day.day, 2)
    }

    /// `20261123T091500Z`.
    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ",
            c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
