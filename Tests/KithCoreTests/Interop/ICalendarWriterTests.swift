import Foundation
import Testing

@testable import KithCore

@Suite struct ICalendarWriterTests {
    let stamp = Date(timeIntervalSince1970: 1_795_425_300)  // 2026-11-23T09:15:00Z

    @Test func structure() {
        let items = [
            CalendarItem(
                uid: "promise-b@kith", date: Day(year: 2026, month: 11, day: 25)!,
                summary: "Send Ana the deck", kind: .todo),
            CalendarItem(
                uid: "follow-up-a@kith", date: Day(year: 2026, month: 11, day: 23)!,
                summary: "Follow up with Ben", description: "Met at the meetup", kind: .event),
        ]
        let text = ICalendarWriter.calendar(for: items, stamp: stamp)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(
            Array(lines) == [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kith//kith calendar//EN", "CALSCALE:GREGORIAN",
                "BEGIN:VEVENT", "UID:follow-up-a@kith", "DTSTAMP:20261123T091500Z",
                "DTSTART;VALUE=DATE:20261123", "DTEND;VALUE=DATE:20261124", "TRANSP:TRANSPARENT",
                "SUMMARY:Follow up with Ben", "DESCRIPTION:Met at the meetup", "END:VEVENT",
                "BEGIN:VTODO", "UID:promise-b@kith", "DTSTAMP:20261123T091500Z",
                "DUE;VALUE=DATE:20261125", "STATUS:NEEDS-ACTION", "SUMMARY:Send Ana the deck", "END:VTODO",
                "END:VCALENDAR",
            ])
    }

    @Test func escapesAndFolds() {
        let long = "Call Zoë about the intro to Dr. Ruiz; bring notes, the deck\nand the 東京 contacts list"
        let item = CalendarItem(
            uid: "x@kith", date: Day(year: 2026, month: 12, day: 31)!, summary: long,
            description: long + long, kind: .event)
        let text = ICalendarWriter.calendar(for: [item], stamp: stamp, name: "kith, follow-ups")
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
        }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(
            unfolded.contains(
                #"SUMMARY:Call Zoë about the intro to Dr. Ruiz\; bring notes\, the deck\nand the 東京 contacts list"#))
        #expect(unfolded.contains(#"X-WR-CALNAME:kith\, follow-ups"#))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101"))
    }

    @Test func emptyCalendarIsStillValid() {
        let text = ICalendarWriter.calendar(for: [], stamp: stamp)
        #expect(
            text
                == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kith//kith calendar//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n"
        )
    }
}
