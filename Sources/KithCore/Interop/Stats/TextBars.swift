/// Horizontal text bar charts (`█`), as lines, for `kith stats`.
package enum TextBars {
    /// One labelled value.
    package struct Row: Hashable, Sendable {
        package var label: String
        package var value: Int

        package init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }

    /// One line per row: the label padded to the longest, the bar scaled so the largest value
    /// fills `width` blocks (a non-zero value gets at least one), then the value.
    package static func render(_ rows: [Row], width: Int) -> [String] {
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let largest = rows.map(\.value).max() ?? 0
        let width = max(1, width)
        return rows.map { row in
            var length = 0
            if largest > 0, row.value > 0 {
                length = max(1, Int((Double(row.value) * Double(width) / Double(largest)).rounded()))
            }
            let padding = String(repeating: " ", count: labelWidth - row.label.count)
            let bar = String(repeating: "█", count: length)
            return "\(row.label)\(padding) \(bar)\(length > 0 ? " " : "")\(row.value)"
        }
    }
}
