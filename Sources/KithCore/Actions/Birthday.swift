/// Reads birthdays written as `YYYY-MM-DD` or `--MM-DD` and counts the days to the next one.
enum Birthday {
    /// Days from `today` to the next birthday (0 on the day), or nil when the text is not a date.
    /// A 29 February birthday falls on 28 February in other years.
    static func daysUntil(_ text: String, from today: Day) -> Int? {
        let monthDay: Substring
        if text.hasPrefix("--") {
            monthDay = text.dropFirst(2)
        } else {
            guard Day(text) != nil else { return nil }
            monthDay = text.dropFirst(5)
        }
        let parts = monthDay.split(separator: "-")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let month = Int(parts[0]), let day = Int(parts[1]),
              Day(year: 2000, month: month, day: day) != nil else { return nil }
        for year in today.year...(today.year + 1) {
            let date = Day(year: year, month: month, day: day) ?? Day(year: year, month: month, day: day - 1)
            if let date, date >= today { return today.days(until: date) }
        }
        return nil
    }
}
