import ArgumentParser
import Foundation
import KithCore

/// Reads a `YYYY-MM-DD` day typed on the command line, with an error that shows the form.
enum DayArgument {
    static func parse(_ text: String) throws -> Day {
        guard let day = Day(text.trimmingCharacters(in: .whitespaces)) else {
            // Parsing happens before --lang is read: the session's or the environment's language.
            if ParsingContext.current?.language == .es {
                throw ValidationError("«\(text)» no es un día con la forma AAAA-MM-DD (por ejemplo 2026-11-23)")
            }
            throw ValidationError("'\(text)' is not a day in the form YYYY-MM-DD (for example 2026-11-23)")
        }
        guard InputLimits.accepts(day) else {
            throw ValidationError(
                "'\(text)' is outside the years kith accepts (\(InputLimits.years.lowerBound)–\(InputLimits.years.upperBound))"
            )
        }
        return day
    }
}

/// Checks the counts typed on the command line: each is refused as a usage error (exit 64)
/// outside its range, before anything is computed or written.
enum CountArgument {
    /// A number of days for `option`, between `minimum` and `InputLimits.maximumDays`.
    static func checkDays(_ value: Int, option: String, minimum: Int = 1) throws {
        try check(value, option: option, in: minimum...InputLimits.maximumDays)
    }

    /// A "show at most" count for `option`, between 1 and `InputLimits.maximumLimit`.
    static func checkLimit(_ value: Int, option: String) throws {
        try check(value, option: option, in: 1...InputLimits.maximumLimit)
    }

    private static func check(_ value: Int, option: String, in range: ClosedRange<Int>) throws {
        guard range.contains(value) else {
            throw ValidationError(
                "\(option) must be between \(range.lowerBound) and \(range.upperBound) (got \(value))")
        }
    }
}
