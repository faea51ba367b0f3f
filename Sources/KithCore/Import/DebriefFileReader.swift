import Foundation

/// Reads debrief records from a file: one JSON object, a JSON array of objects, or JSON Lines
/// (one object per line).
///
/// A record that is not valid is returned as a problem with its number (and line for JSON
/// Lines); the others are still returned. A file that cannot be read as any of the three
/// forms is one error naming where it broke.
package enum DebriefFileReader {
    /// One record of the file: its 1-based number, its line when known, and what it held.
    package struct Entry: Sendable {
        package let number: Int
        package let line: Int?
        package let result: Result<DebriefRecord, DebriefRecordParser.FieldError>
    }

    /// The whole file could not be read.
    package struct FileError: Error, CustomStringConvertible, Equatable {
        package let path: String
        package let reason: String
        package var description: String { "cannot import \(path): \(reason); nothing was imported" }
    }

    package static func read(_ data: Data, path: String) throws -> [Entry] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw FileError(path: path, reason: "the file is empty")
        }
        if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
            if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) {
                return entries(fromDocument: value)
            }
        }
        if first == UInt8(ascii: "{"), let lines = jsonLines(bytes) {
            return lines
        }
        let problem = JSONSyntaxLocator.firstProblem(in: bytes)
        throw FileError(
            path: path,
            reason: problem.map { "invalid JSON at \($0)" }
                ?? "expected a JSON object, an array of objects, or one object per line")
    }

    private static func entries(fromDocument value: JSONValue) -> [Entry] {
        let items: [JSONValue]
        if case .array(let array) = value { items = array } else { items = [value] }
        return items.enumerated().map { index, item in
            Entry(number: index + 1, line: nil, result: parse(item))
        }
    }

    /// Reads one object per line; nil when the first record line is not an object, so the
    /// caller reports the file as broken JSON instead.
    private static func jsonLines(_ bytes: [UInt8]) -> [Entry]? {
        var entries: [Entry] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
            let number = entries.count + 1
            if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(line)) {
                entries.append(Entry(number: number, line: lineNumber, result: parse(value)))
            } else {
                if entries.isEmpty { return nil }
                let position =
                    JSONSyntaxLocator.firstProblem(in: line).map { "column \($0.column): \($0.reason)" } ?? "bad JSON"
                entries.append(
                    Entry(
                        number: number, line: lineNumber, result: .failure(.init(reason: "invalid JSON at \(position)"))
                    ))
            }
        }
        return entries
    }

    private static func parse(_ value: JSONValue) -> Result<DebriefRecord, DebriefRecordParser.FieldError> {
        do {
            return .success(try DebriefRecordParser.record(from: value))
        } catch let error as DebriefRecordParser.FieldError {
            return .failure(error)
        } catch {
            return .failure(.init(reason: "\(error)"))
        }
    }
}
