import ArgumentParser
import Foundation
import KithCore

/// Reads a `YYYY-MM-DD` day typed on the command line, with an error that shows the form.
enum DayArgument {
    static func parse(_ text: String) throws -> Day {
        guard let day = Day(text.trimmingCharacters(in: .whitespaces)) else {
            // Parsing happens before --lang is read: the session's or the locale's language.
            let session = SessionContext.current
            let language = session?.preferredLanguage ?? .fromLocale(session?.environment ?? ProcessInfo.processInfo.environment)
            if language == .es {
                throw ValidationError("«\(text)» no es un día con la forma AAAA-MM-DD (por ejemplo 2026-11-23)")
            }
            throw ValidationError("'\(text)' is not a day in the form YYYY-MM-DD (for example 2026-11-23)")
        }
        return day
    }
}
