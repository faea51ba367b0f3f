import Foundation

/// LinkedIn's "Connected On" dates: `15 Mar 2024`, as the export writes them, and the other
/// forms exports and spreadsheets turn them into: `15 March 2024`, `15-Mar-2024`,
/// `Mar 15, 2024`, `March 15 2024`, `2024-03-15`, `2024/03/15`, `03/15/2024` (month first, as
/// LinkedIn's US export; day first when the first number cannot be a month), `15.03.2024`.
enum LinkedInDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let fullMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]

    static func parse(_ text: String) -> Day? {
        let text = text.trimmedSpace
        if let day = Day(text) { return day }
        let words = text.split { $0 == " " || $0 == "-" || $0 == "," }.map(String.init)
        if words.count == 3 {
            if let day = Int(words[0]), let month = month(words[1]), let year = Int(words[2]) {
                return date(year, month, day)
            }
            if let month = month(words[0]), let day = Int(words[1]), let year = Int(words[2]) {
                return date(year, month, day)
            }
        }
        for separator: Character in ["/", "."] {
            let numbers = text.split(separator: separator).map { Int($0) }
            guard numbers.count == 3, let a = numbers[0], let b = numbers[1], let c = numbers[2] else { continue }
            if text.split(separator: separator)[0].count == 4 { return date(a, b, c) }
            if separator == "." || a > 12 { return date(c, b, a) }
            return date(c, a, b)
        }
        return nil
    }

    /// A month's number from its name, its three-letter abbreviation or `Sept`.
    static func month(_ word: String) -> Int? {
        let word = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if let index = fullMonths.firstIndex(of: word) ?? months.firstIndex(of: word) { return index + 1 }
        return word == "sept" ? 9 : nil
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> Day? {
        guard (1000...9999).contains(year) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
