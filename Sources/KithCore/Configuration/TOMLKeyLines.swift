/// Where each table header and key of a TOML document is, by line: what the TOML parser does
/// not tell, for errors that name a line and for edits that keep the rest of the file as it is.
///
/// A light scanner, not a parser: it follows strings (basic, literal, multi-line), comments,
/// arrays and inline tables well enough to know where each `key = value` starts and ends.
/// Keys inside inline tables are not listed; the key holding the inline table is.
struct TOMLKeyLines {
    /// One `[table]` header or one `key = value`, at lines `firstLine...lastLine` (0-based).
    struct Entry: Equatable {
        /// The full dotted path: the table's keys, then the key's own (dotted) parts.
        let path: [String]
        let isTable: Bool
        let firstLine: Int
        let lastLine: Int
        /// For a key: the column on `firstLine` where the value begins.
        let valueStart: Int
        /// For a key: the column (in characters) on `lastLine` just after the value, where any
        /// trailing comment begins.
        let valueEnd: Int
    }

    let lines: [String]
    private(set) var entries: [Entry] = []

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        scan()
    }

    /// The 1-based line of `path`: the key itself, else the nearest enclosing key or table.
    func line(of path: [String]) -> Int? {
        var wanted = path
        while !wanted.isEmpty {
            if let entry = entries.first(where: { $0.path == wanted }) { return entry.firstLine + 1 }
            wanted.removeLast()
        }
        return nil
    }

    /// The entry of the key (not table) at `path`.
    func key(_ path: [String]) -> Entry? {
        entries.first { !$0.isTable && $0.path == path }
    }

    private mutating func scan() {
        var table: [String] = []
        var row = 0
        while row < lines.count {
            let line = Array(lines[row])
            var column = Self.skipSpace(line, 0)
            guard column < line.count, line[column] != "#" else {
                row += 1
                continue
            }
            if line[column] == "[" {
                let doubled = column + 1 < line.count && line[column + 1] == "["
                column += doubled ? 2 : 1
                let (keys, _) = Self.keyPath(line, column)
                table = keys
                let header = Entry(
                    path: keys, isTable: true, firstLine: row, lastLine: row, valueStart: 0, valueEnd: line.count)
                entries.append(header)
                row += 1
                continue
            }
            let (keys, afterKey) = Self.keyPath(line, column)
            column = Self.skipSpace(line, afterKey)
            guard !keys.isEmpty, column < line.count, line[column] == "=" else {
                row += 1
                continue
            }
            let start = Self.skipSpace(line, column + 1)
            let (lastRow, end) = skipValue(row: row, column: start)
            let entry = Entry(
                path: table + keys, isTable: false, firstLine: row, lastLine: lastRow, valueStart: start, valueEnd: end)
            entries.append(entry)
            row = lastRow + 1
        }
    }

    /// The end of the value starting at (`row`, `column`): the row it ends on and the column
    /// after it. Arrays and inline tables may span lines, as may multi-line strings.
    private func skipValue(row startRow: Int, column startColumn: Int) -> (Int, Int) {
        var row = startRow
        var column = startColumn
        var depth = 0
        var line = Array(lines[row])
        var lastValueEnd = column
        while true {
            if column >= line.count || line[column] == "#" {
                guard depth > 0, row + 1 < lines.count else { return (row, lastValueEnd) }
                row += 1
                line = Array(lines[row])
                column = 0
                lastValueEnd = 0
                continue
            }
            let character = line[column]
            if character == "\"" || character == "'" {
                let triple = column + 2 < line.count && line[column + 1] == character && line[column + 2] == character
                (row, column) =
                    triple
                    ? skipMultilineString(row: row, column: column + 3, quote: character)
                    : (row, Self.skipString(line, column + 1, quote: character))
                line = Array(lines[row])
                lastValueEnd = column
                continue
            }
            if character == "[" || character == "{" { depth += 1 }
            if character == "]" || character == "}" { depth -= 1 }
            column += 1
            if character != " " && character != "\t" { lastValueEnd = column }
            if depth == 0 && (character == "]" || character == "}") {
                return (row, lastValueEnd)
            }
        }
    }

    /// The position after a multi-line string's closing `"""` or `'''`.
    private func skipMultilineString(row startRow: Int, column startColumn: Int, quote: Character) -> (Int, Int) {
        var row = startRow
        var column = startColumn
        while row < lines.count {
            let line = Array(lines[row])
            while column < line.count {
                if quote == "\"" && line[column] == "\\" {
                    column += 2
                    continue
                }
                if column + 2 < line.count, line[column...(column + 2)].allSatisfy({ $0 == quote }) {
                    var end = column + 3
                    while end < line.count && line[end] == quote { end += 1 }
                    return (row, end)
                }
                column += 1
            }
            if row + 1 >= lines.count { return (row, line.count) }
            row += 1
            column = 0
        }
        return (row, 0)
    }

    /// The column after a one-line string that opened before `start`.
    private static func skipString(_ line: [Character], _ start: Int, quote: Character) -> Int {
        var column = start
        while column < line.count {
            if quote == "\"" && line[column] == "\\" {
                column += 2
                continue
            }
            if line[column] == quote { return column + 1 }
            column += 1
        }
        return line.count
    }

    /// A dotted key (`a.b`, `"x y".c`) starting at `start`, and the column after it.
    static func keyPath(_ line: [Character], _ start: Int) -> ([String], Int) {
        var keys: [String] = []
        var column = skipSpace(line, start)
        while column < line.count {
            let character = line[column]
            if character == "\"" || character == "'" {
                let end = skipString(line, column + 1, quote: character)
                let inner = String(line[(column + 1)..<max(column + 1, end - 1)])
                keys.append(character == "\"" ? TOMLText.unescaped(inner) : inner)
                column = end
            } else {
                var end = column
                while end < line.count && TOMLText.isBareKeyCharacter(line[end]) { end += 1 }
                guard end > column else { break }
                keys.append(String(line[column..<end]))
                column = end
            }
            column = skipSpace(line, column)
            guard column < line.count, line[column] == "." else { break }
            column = skipSpace(line, column + 1)
        }
        return (keys, column)
    }

    static func skipSpace(_ line: [Character], _ start: Int) -> Int {
        var column = start
        while column < line.count && (line[column] == " " || line[column] == "\t") { column += 1 }
        return column
    }
}
