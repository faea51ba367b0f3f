/// LinkedIn's "Connected On" dates: `15 Mar 2024` (also `15 March 2024` and `2024-03-15`).
enum LinkedInDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ text: String) -> Day? {
        if let day = Day(text) { return day }
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[1].count >= 3,
              let month = months.firstIndex(of: parts[1].prefix(3).lowercased()) else { return nil }
        let spelled = parts[1].lowercased()
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"][month]
        guard spelled.count == 3 || full == spelled || (month == 8 && spelled == "sept") else { return nil }
        return Day(year: year, month: month + 1, day: day)
    }
}
