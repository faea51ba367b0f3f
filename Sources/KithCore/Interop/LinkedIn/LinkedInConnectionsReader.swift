import Foundation

/// Reads LinkedIn's `Connections.csv` export (Settings → Data privacy → Get a copy of your data).
///
/// The file starts with a few "Notes:" lines, then the header `First Name, Last Name, URL,
/// Email Address, Company, Position, Connected On` (in any order). Each row becomes an
/// `ImportedContact` whose `connectedOn` is the Connected On day. Either every row is returned
/// or an error names the line that is wrong.
public enum LinkedInConnectionsReader {
    /// The columns the export must have.
    public static let columns = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]

    /// The connections in `data`; `source` (a file name) is named in errors.
    public static func read(_ data: Data, source: String? = nil) throws(LinkedInError) -> [ImportedContact] {
        do {
            return try readRows([UInt8](data))
        } catch {
            var located = error
            located.source = source
            throw located
        }
    }

    static func readRows(_ bytes: [UInt8]) throws(LinkedInError) -> [ImportedContact] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = UTF8Validation.firstInvalidOffset(in: body) {
            throw LinkedInError(line: UTF8Validation.lineNumber(ofOffset: bad, in: body), reason: "the text is not valid UTF-8")
        }
        let records: [CSVParser.Record]
        do {
            records = try CSVParser.parse(String(decoding: body, as: UTF8.self))
        } catch {
            throw LinkedInError(line: error.line, reason: "a quoted field that starts here is never closed")
        }
        let (headerPosition, columnIndex) = try findHeader(records)
        var contacts: [ImportedContact] = []
        for record in records[(headerPosition + 1)...] {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            contacts.append(try contact(from: record, columnIndex: columnIndex))
        }
        return contacts
    }

    /// The header row's position and each column's field index. The header is the first row
    /// naming at least two of the columns; the lines before it are LinkedIn's notes.
    static func findHeader(_ records: [CSVParser.Record]) throws(LinkedInError) -> (Int, [String: Int]) {
        let wanted = Set(columns.map { $0.lowercased() })
        for (position, record) in records.enumerated() {
            let names = record.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard names.filter(wanted.contains).count >= 2 else { continue }
            var index: [String: Int] = [:]
            for (field, name) in names.enumerated() where index[name] == nil { index[name] = field }
            let missing = columns.filter { index[$0.lowercased()] == nil }
            guard missing.isEmpty else {
                let list = missing.map { "'\($0)'" }.joined(separator: ", ")
                throw LinkedInError(line: record.line, reason: "the header lacks the column\(missing.count > 1 ? "s" : "") \(list)")
            }
            return (position, index)
        }
        throw LinkedInError(line: records.first?.line ?? 1, reason: """
            no header line found; a LinkedIn Connections.csv has the columns \
            \(columns.joined(separator: ", "))
            """)
    }

    static func contact(from record: CSVParser.Record, columnIndex: [String: Int]) throws(LinkedInError) -> ImportedContact {
        let needed = (columnIndex.values.max() ?? 0) + 1
        guard record.fields.count >= needed else {
            throw LinkedInError(line: record.line, reason: "expected \(columns.count) fields, found \(record.fields.count)")
        }
        func field(_ column: String) -> String {
            guard let index = columnIndex[column.lowercased()] else { return "" }
            return record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var contact = ImportedContact(name: TextFolding.tidy(field("First Name") + " " + field("Last Name")))
        contact.origin = "line \(record.line)"
        if !field("Email Address").isEmpty { contact.emails = [field("Email Address")] }
        if !field("URL").isEmpty { contact.links = [field("URL")] }
        if !field("Company").isEmpty { contact.company = field("Company") }
        if !field("Position").isEmpty { contact.role = field("Position") }
        let connected = field("Connected On")
        if !connected.isEmpty {
            guard let day = LinkedInDate.parse(connected) else {
                throw LinkedInError(line: record.line, reason: "'\(connected)' in Connected On is not a date like 15 Mar 2024")
            }
            contact.connectedOn = day
        }
        return contact
    }
}
