import Foundation
import KithCore
import Testing

/// The byte-level fast paths give exactly what the general ones give.
@Suite struct FastTextPathsTests {
    @Test func asciiFoldingMatchesFoundationsFolding() {
        for text in ["  José  GARCÍA ", "Ana\tGil\n", "ABC xyz 123 !?", "", "   ", "Luis Pardo\r\nJr.", "ÀB c"] {
            let general = text.folding(
                options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
            )
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(TextFolding.fold(text) == general, "\(text.debugDescription)")
        }
    }

    @Test func foldedDocumentsMatchLineByLineFolding() {
        let lines = [
            "SUMMARY:" + String(repeating: "ñandú camión ", count: 12), "UID:x@kith", String(repeating: "a", count: 75),
            String(repeating: "a", count: 76), "DESCRIPTION:" + String(repeating: "€😀", count: 30),
        ]
        let document = ContentLineFolding.document(lines)
        #expect(document == lines.map { ContentLineFolding.fold($0) + "\r\n" }.joined())
        for physical in document.components(separatedBy: "\r\n") { #expect(physical.utf8.count <= 75) }
        #expect(ContentTextEscaping.escape("plain text") == "plain text")
        #expect(ContentTextEscaping.escape("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne")
    }

    @Test func theCalendarIsEscapedAndFoldedAsLineByLine() throws {
        let day = try #require(Day(year: 2026, month: 11, day: 23))
        let item = CalendarItem(
            uid: "abc@kith", date: day, summary: "Introduce Ana, Luis; " + String(repeating: "cámaras ", count: 12),
            description: "line one\r\nline two\nthree \\ end", kind: .event)
        let text = ICalendarWriter.calendar(for: [item], stamp: Date(timeIntervalSince1970: 0), name: "kith")
        let escape = ContentTextEscaping.escape
        let expected = ContentLineFolding.document([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ICalendarWriter.productID, "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:kith",
            "BEGIN:VEVENT", "UID:abc@kith", "DTSTAMP:19700101T000000Z", "DTSTART;VALUE=DATE:20261123",
            "DTEND;VALUE=DATE:20261124", "TRANSP:TRANSPARENT", "SUMMARY:" + escape(item.summary),
            "DESCRIPTION:" + escape(item.description), "END:VEVENT", "END:VCALENDAR",
        ])
        #expect(text == expected)
    }
}
