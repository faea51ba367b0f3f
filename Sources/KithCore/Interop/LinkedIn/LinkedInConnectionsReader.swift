import Foundation

/// Reads LinkedIn's `Connections.csv` export (Settings → Data privacy → Get a copy of your data).
///
/// The file starts with a few "Notes:" lines, then the header `First Name, Last Name, URL,
/// Email Address, Company, Position, Connected On` (in any order). Each row becomes an
/// `ImportedContact` whose `connectedOn` is the Connected On day. A row that cannot be read is
/// skipped with its line and reason; a date that cannot be read is left out with a warning;
/// text that is not UTF-8 is read as Windows-1252 with a warning. A file without the header
/// is an error.
package enum LinkedInConnectionsReader {
    /// The columns the export must have.
    package static let columns = [
        "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On",
    ]

    /// The connections in `data`; `source` (a file name) is named in problems and errors.
    package static func read(_ data: Data, source: String? = nil) throws(LinkedInError) -> AddressBookContents {
        do {
            var contents = try readRows([UInt8](data))
            contents.locate(in: source)
            return contents
        } catch {
            var located = error
            located.source = source
            throw located
        }
    }

    static func readRows(_ bytes: [UInt8]) throws(LinkedInError) -> AddressBookContents {
        var contents = AddressBookContents()
        guard let body = TextEncodings.utf8Bytes(bytes) else {
            throw LinkedInError(
                line: 1, reason: "the file starts with a UTF-16 byte-order mark but is not valid UTF-16")
        }
        let text: String
        if let bad = UTF8Validation.firstInvalidOffset(in: body) {
            contents.warnings.append(
                ImportProblem(
                    line: UTF8Validation.lineNumber(ofOffset: bad, in: body),
                    reason: "the text is not UTF-8 from here on; the file was read as Windows-1252"))
            text = TextEncodings.windows1252(body)
        } else {
            text = String(decoding: body, as: UTF8.self)
        }
        let (records, unclosed) = CSVParser.parseKeepingRecords(text)
        let (headerPosition, columnIndex) = try findHeader(records)
        for record in records[(headerPosition + 1)...] {
            if record.fields.allSatisfy({ $0.trimmedSpace.isEmpty }) { continue }
            do {
                contents.contacts.append(
                    try contact(from: record, columnIndex: columnIndex, warnings: &contents.warnings))
            } catch {
                contents.skipped.append(ImportProblem(line: error.line, reason: error.reason))
            }
        }
        if let unclosed {
            contents.skipped.append(
                ImportProblem(
                    line: unclosed.line,
                    reason: "a quoted field that starts here is never closed; the rest of the file was skipped"))
        }
        return contents
    }

    /// The header row's position and each column's field index. The header is the first row
    /// naming at least two of the columns; the lines before it are LinkedIn's notes.
    static func findHeader(_ records: [CSVParser.Record]) throws(LinkedInError) -> (Int, [String: Int]) {
        let wanted = Set(columns.map { $0.lowercased() })
        for (position, record) in records.enumerated() {
            let names = record.fields.map { $0.trimmedSpace.lowercased() }
            guard names.filter(wanted.contains).count >= 2 else { continue }
            var index: [String: Int] = [:]
            for (field, name) in names.enumerated() where index[name] == nil { index[name] = field }
            let missing = columns.filter { index[$0.lowercased()] == nil }
            guard missing.isEmpty else {
                let list = missing.map { "'\($0)'" }.joined(separator: ", ")
                throw LinkedInError(
                    line: record.line, reason: "the header lacks the column\(missing.count > 1 ? "s" : "") \(list)")
            }
            return (position, index)
        }
        throw LinkedInError(
            line: records.first?.line ?? 1,
            reason: """
                no header line found; a LinkedIn Connections.csv has the columns \
                \(columns.joined(separator: ", "))
                """)
    }

    static func contact(
        from record: CSVParser.Record, columnIndex: [String: Int], warnings: inout [ImportProblem]
    ) throws(LinkedInError) -> ImportedContact {
        let needed = (columnIndex.values.max() ?? 0) + 1
        guard record.fields.count >= needed else {
            throw LinkedInError(
                line: record.line, reason: "expected \(columns.count) fields, found \(record.fields.count)")
        }
        func field(_ column: String) -> String {
            guard let index = columnIndex[column.lowercased()] else { return "" }
            return record.fields[index].trimmedSpace
        }
        var contact = ImportedContact(name: TextFolding.tidy(field("First Name") + " " + field("Last Name")))
        contact.origin = "line \(record.line)"
        if !field("Email Address").isEmpty { contact.emails = [field("Email Address")] }
        if !field("URL").isEmpty { contact.links = [field("URL")] }
        if !field("Company").isEmpty { contact.company = field("Company") }
        if !field("Position").isEmpty { contact.role = field("Position") }
        let connected = field("Connected On")
        if !connected.isEmpty {
            if let day = LinkedInDate.parse(connected) {
                contact.connectedOn = day
            } else {
                warnings.append(
                    ImportProblem(
                        line: record.line,
                        reason: """
                            '\(SafeQuote.text(connected))' in Connected On is not a date like 15 Mar 2024; the row was read without it
                            """))
            }
        }
        return contact
    }
}
