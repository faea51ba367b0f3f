/// The ranges a number or date typed by the user must fall in before it reaches the store.
///
/// The store's reader accepts years 1–9999; anything a person can type is held to a narrower,
/// plausible range, so no command can write a date kith then cannot read, and no count can make
/// a command allocate or add its way into a crash.
package enum InputLimits {
    /// The most days any "for this many days" option accepts (about a hundred years).
    package static let maximumDays = 36_500
    /// The most results any "show at most" option accepts.
    package static let maximumLimit = 100_000
    /// The years a typed date may fall in.
    package static let years = 1900...2999

    /// Whether `day` is a date a user may type.
    package static func accepts(_ day: Day) -> Bool { years.contains(day.year) }
}
