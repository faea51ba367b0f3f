import Foundation
import Testing

@testable import KithCore

@Suite struct DayTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "2026-12-31", "0001-01-01", "9999-12-31", "2026-04-30"])
    func realDatesParseAndPrintTheSame(text: String) throws {
        let parsed = try #require(Day(text))
        #expect(parsed.description == text)
    }

    @Test(arguments: [
        "2026-02-29", "1900-02-29", "2100-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10",
        "2026-01-00", "0000-01-01", "2026-1-05", "26-01-05", "2026/01/05", "2026-01-05T10:00", "", "today",
        "2026-01", "2026--01-05", " 2026-01-05", "2026-01-05 ", "+202-01-05", "2026-+1-05", "2026-01-+5",
        "-001-01-05", "２０２６-01-05",
    ])
    func invalidDatesAreRefused(text: String) {
        #expect(Day(text) == nil, "\(text) should not parse")
    }

    @Test func leapYearsFollowTheGregorianRules() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
    }

    @Test func arithmeticCrossesMonthsYearsAndLeapDays() {
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("1969-12-31").dayNumber == -1)
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2024-02-29").adding(days: 1) == day("2024-03-01"))
        #expect(day("2023-02-28").adding(days: 1) == day("2023-03-01"))
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2026-01-01").adding(days: -1) == day("2025-12-31"))
        #expect(day("2026-11-23").adding(days: 0) == day("2026-11-23"))
        #expect(day("2024-01-01").days(until: day("2025-01-01")) == 366)
        #expect(day("2025-01-01").days(until: day("2026-01-01")) == 365)
        #expect(day("2026-11-23").days(until: day("2026-08-25")) == -90)
    }

    @Test func dayNumbersRoundTripOverFourCenturies() {
        var previous = day("1899-12-31")
        for number in previous.dayNumber + 1...day("2300-01-01").dayNumber {
            let current = Day(dayNumber: number)
            #expect(current.dayNumber == number)
            #expect(previous < current)
            #expect(previous.adding(days: 1) == current)
            if previous.adding(days: 1) != current { return }
            previous = current
        }
    }

    @Test func orderingIsByDate() {
        #expect(day("2026-01-31") < day("2026-02-01"))
        #expect(day("2025-12-31") < day("2026-01-01"))
        #expect(!(day("2026-01-01") < day("2026-01-01")))
        #expect([day("2026-03-01"), day("2024-02-29"), day("2025-06-15")].max() == day("2026-03-01"))
    }

    @Test func aDateInATimeZoneIsThatZonesDay() throws {
        // 2026-11-23 23:30 UTC is already the 24th in Madrid and still the 23rd in New York.
        let instant = try #require(ISO8601DateFormatter().date(from: "2026-11-23T23:30:00Z"))
        #expect(Day(instant, timeZone: try #require(TimeZone(identifier: "Europe/Madrid"))) == day("2026-11-24"))
        #expect(Day(instant, timeZone: try #require(TimeZone(identifier: "America/New_York"))) == day("2026-11-23"))
    }

    @Test func codingUsesTheTextForm() throws {
        let data = try JSONEncoder().encode([day("2024-02-29")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [day("2024-02-29")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Day].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data(#"[20260101]"#.utf8)) }
    }
}
