import Foundation

/// Writes `CalendarItem`s as an iCalendar file (RFC 5545): VERSION 2.0, all-day VEVENTs and
/// VTODOs, escaped text, lines folded at 75 octets, CRLF line ends.
public enum ICalendarWriter {
    public static let productID = "-//kith//kith calendar//EN"

    /// The calendar; items come sorted by day, then uid. `stamp` is the DTSTAMP (the time the
    /// file is made), written in UTC.
    public static func calendar(for items: [CalendarItem], stamp: Date, name: String? = nil) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + productID, "CALSCALE:GREGORIAN"]
        if let name { lines.append("X-WR-CALNAME:" + ContentTextEscaping.escape(name)) }
        let dtstamp = utcStamp(stamp)
        for item in items.sorted(by: { ($0.date, $0.uid) < ($1.date, $1.uid) }) {
            lines += component(for: item, dtstamp: dtstamp)
        }
        lines.append("END:VCALENDAR")
        return ContentLineFolding.document(lines)
    }

    static func component(for item: CalendarItem, dtstamp: String) -> [String] {
        let escape = ContentTextEscaping.escape
        let kind = item.kind == .event ? "VEVENT" : "VTODO"
        var lines = ["BEGIN:" + kind, "UID:" + escape(item.uid), "DTSTAMP:" + dtstamp]
        switch item.kind {
        case .event:
            lines.append("DTSTART;VALUE=DATE:" + dateValue(item.date))
            lines.append("DTEND;VALUE=DATE:" + dateValue(item.date.adding(days: 1)))
            lines.append("TRANSP:TRANSPARENT")
        case .todo:
            lines.append("DUE;VALUE=DATE:" + dateValue(item.date))
            lines.append("STATUS:NEEDS-ACTION")
        }
        lines.append("SUMMARY:" + escape(item.summary))
        if !item.description.isEmpty { lines.append("DESCRIPTION:" + escape(item.description)) }
        lines.append("END:" + kind)
        return lines
    }

    /// `20261123` for 2026-11-23.
    static func dateValue(_ day: Day) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }

    /// `20261123T091500Z`.
    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ",
                      c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
