import ArgumentParser
import KithCore

/// Reads a `YYYY-MM-DD` day typed on the command line, with an error that shows the form.
enum DayArgument {
    static func parse(_ text: String) throws -> Day {
        guard let day = Day(text.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("'\(text)' is not a day in the form YYYY-MM-DD (for example 2026-11-23)")
        }
        return day
    }
}
