/// Checks and reads birthdays kept as `YYYY-MM-DD`, or `--MM-DD` when the year is unknown.
public enum Birthday {
    /// True for `YYYY-MM-DD` (a real date) or `--MM-DD` (a real month and day).
    public static func isValid(_ text: String) -> Bool {
        monthAndDay(text) != nil
    }

    /// The month and day of a birthday text.
    public static func monthAndDay(_ text: String) -> (month: Int, day: Int)? {
        if let day = Day(text) { return (day.month, day.day) }
        guard text.hasPrefix("--"), text.count == 7, let leap = Day("2000-" + text.dropFirst(2)) else { return nil }
        return (leap.month, leap.day)
    }

    /// Days from `today` to the next birthday (0 on the day), or nil when the text is not a date.
    /// A 29 February birthday falls on 28 February in other years.
    public static func daysUntil(_ text: String, from today: Day) -> Int? {
        guard let (month, day) = monthAndDay(text) else { return nil }
        for year in today.year...(today.year + 1) {
            let date = Day(year: year, month: month, day: day) ?? Day(year: year, month: month, day: day - 1)
            if let date, date >= today { return today.days(until: date) }
        }
        return nil
    }
}
