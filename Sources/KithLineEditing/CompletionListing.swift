/// Lays out completion candidates in columns that fit the terminal width.
public enum CompletionListing {
    /// The candidates in as many columns as fit in `width`, filled row by row,
    /// as lines joined with "\n" (no trailing newline).
    public static func format(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let widest = candidates.map(\.count).max() ?? 0
        let columnWidth = widest + 2
        let columns = max(1, min(candidates.count, max(width, 1) / max(columnWidth, 1)))
        var lines: [String] = []
        var index = 0
        while index < candidates.count {
            let row = candidates[index..<min(index + columns, candidates.count)]
            var line = ""
            for (offset, candidate) in row.enumerated() {
                line += candidate
                if offset < row.count - 1 {
                    line += String(repeating: " ", count: columnWidth - candidate.count)
                }
            }
            lines.append(line)
            index += columns
        }
        return lines.joined(separator: "\n")
    }
}
