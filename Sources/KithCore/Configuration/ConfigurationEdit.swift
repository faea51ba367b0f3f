import Foundation

/// One change kith makes to the configuration file: set a key, or remove it.
package enum ConfigurationEdit: Hashable, Sendable {
    /// Sets the key at `path` (table keys, then the key) to a value.
    case set([String], TOMLLiteral)
    /// Removes the key at `path`, when the file sets it.
    case remove([String])
}

/// Applies edits to the text of a TOML file line by line, so comments, blank lines, order and
/// the user's own spelling of everything else stay as they were.
struct TOMLLineEditor {
    private(set) var lines: [String]

    init(_ text: String) {
        lines = TOMLKeyLines(text).lines
    }

    var text: String { lines.joined(separator: "\n") }

    mutating func apply(_ edit: ConfigurationEdit) {
        let scan = TOMLKeyLines(text)
        switch edit {
        case .set(let path, let value):
            if let entry = scan.key(path) {
                replace(entry, with: value.text)
            } else {
                insert(path, value.text, scan)
            }
        case .remove(let path):
            guard let entry = scan.key(path) else { return }
            lines.removeSubrange(entry.firstLine...entry.lastLine)
            removeIfEmpty(table: Array(path.dropLast()))
        }
    }

    /// Removes the header of `table` when nothing but blank lines is left under it (a tier
    /// without its keys would not be valid).
    private mutating func removeIfEmpty(table: [String]) {
        let headers = TOMLKeyLines(text).entries.filter(\.isTable)
        guard !table.isEmpty, let header = headers.first(where: { $0.path == table }) else { return }
        let end = headers.first { $0.firstLine > header.firstLine }?.firstLine ?? lines.count
        let section = lines[(header.firstLine + 1)..<end]
        guard section.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return }
        lines.removeSubrange(header.firstLine..<end)
        // At the end of the file, the blank line that separated the table goes with it.
        if header.firstLine == lines.count, let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty {
            lines.removeLast()
        }
    }

    /// The value of `entry` replaced, the key as written and any trailing comment kept.
    private mutating func replace(_ entry: TOMLKeyLines.Entry, with value: String) {
        let first = Array(lines[entry.firstLine])
        let last = Array(lines[entry.lastLine])
        let line =
            String(first[..<min(entry.valueStart, first.count)]) + value
            + String(last[min(entry.valueEnd, last.count)...])
        lines.replaceSubrange(entry.firstLine...entry.lastLine, with: [line])
    }

    /// A new `key = value` at the end of its table's keys; a table that is missing is added at
    /// the end of the file.
    private mutating func insert(_ path: [String], _ value: String, _ scan: TOMLKeyLines) {
        let table = Array(path.dropLast())
        let line = TOMLText.key(path[path.count - 1]) + " = " + value
        let headers = scan.entries.filter(\.isTable)
        if table.isEmpty {
            let keys = scan.entries.filter { !$0.isTable && $0.firstLine < (headers.first?.firstLine ?? .max) }
            if let last = keys.last {
                lines.insert(line, at: last.lastLine + 1)
                return
            }
            var at = headers.first?.firstLine ?? lines.count
            while at > 0 && lines[at - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#") { at -= 1 }
            if at < lines.count && !lines[at].trimmingCharacters(in: .whitespaces).isEmpty {
                lines.insert("", at: at)
            }
            lines.insert(line, at: at)
            return
        }
        guard let header = headers.first(where: { $0.path == table }) else {
            while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
            if !lines.isEmpty { lines.append("") }
            lines += ["[" + TOMLText.path(table) + "]", line, ""]
            return
        }
        let sectionEnd = headers.first { $0.firstLine > header.firstLine }?.firstLine ?? lines.count
        let keys = scan.entries.filter { !$0.isTable && $0.firstLine > header.firstLine && $0.firstLine < sectionEnd }
        lines.insert(line, at: (keys.last?.lastLine ?? header.lastLine) + 1)
    }
}
