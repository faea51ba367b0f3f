/// Checks and reads birthdays kept as `YYYY-MM-DD`, or `--MM-DD` when the year is unknown.
public enum Birthday {
    /// True for `YYYY-MM-DD` (a real date) or `--MM-DD` (a real month and day).
    public static func isValid(_ text: String) -> Bool {
        monthAndDay(text) != nil
    }

    /// The month and day of a birthday text.
    public static func monthAndDay(_ text: String) -> (month: Int, day: Int)? {
        if let day = Day(text) { return (day.month, day.day) }
        guard text.hasPrefix("--"), let leap = Day("2000-" + text.dropFirst(2)) else { return nil }
        return (leap.month, leap.day)
    }
}
