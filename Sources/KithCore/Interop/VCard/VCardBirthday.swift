import Foundation

/// Reading and writing vCard BDAY values.
enum VCardBirthday {
    /// kith's form (`YYYY-MM-DD`, or `--MM-DD` without a year) of a BDAY value:
    /// `1985-04-12`, `19850412`, `--04-12`, `--0412`, with or without a time after `T`.
    /// Apple's `X-APPLE-OMIT-YEAR` marks a year that is a placeholder. Nil when unreadable.
    static func parse(_ value: String, omitYear: String? = nil) -> String? {
        var text = Substring(value.trimmedSpace)
        if let t = text.firstIndex(of: "T") { text = text[..<t] }
        if text.hasPrefix("--") {
            let digits = text.dropFirst(2).filter { $0 != "-" }
            guard digits.count == 4, let month = Int(digits.prefix(2)), let day = Int(digits.suffix(2)),
                Day(year: 2000, month: month, day: day) != nil
            else { return nil }
            return "--" + digits.prefix(2) + "-" + digits.suffix(2)
        }
        let digits = text.filter { $0 != "-" }
        let dashes = text.count - digits.count
        guard digits.count == 8, dashes == 0 || dashes == 2, digits.allSatisfy(\.isASCII),
            let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
            let day = Int(digits.suffix(2)), let date = Day(year: year, month: month, day: day)
        else { return nil }
        if let omitYear, Int(omitYear) == year {
            return "--" + date.description.dropFirst(5)
        }
        return date.description
    }

    /// The vCard 4.0 BDAY value (`19850412` or `--0412`) of kith's form, or nil when the
    /// stored birthday is not in kith's form.
    static func format(_ birthday: String) -> String? {
        if birthday.hasPrefix("--") {
            guard parse(birthday) == birthday else { return nil }
            return "--" + birthday.dropFirst(2).filter { $0 != "-" }
        }
        guard let day = Day(birthday) else { return nil }
        return day.description.filter { $0 != "-" }
    }
}
