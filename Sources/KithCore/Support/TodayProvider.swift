import Foundation

/// Decides which day is "today": `$KITH_TODAY` (YYYY-MM-DD) when set, for demos and tests,
/// else the local date.
package enum TodayProvider {
    /// `KITH_TODAY` is set but is not a date.
    package struct InvalidDay: Error, CustomStringConvertible {
        package let value: String
        package var description: String {
            "KITH_TODAY must be a date in the form YYYY-MM-DD between \(InputLimits.years.lowerBound) and \(InputLimits.years.upperBound), not '\(value)'"
        }
    }

    package static func today(environment: [String: String], now: Date = Date()) throws -> Day {
        if let text = environment["KITH_TODAY"], !text.isEmpty {
            guard let day = Day(text), InputLimits.accepts(day) else { throw InvalidDay(value: text) }
            return day
        }
        return Day(now)
    }
}
