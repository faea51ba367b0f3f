/// An RFC 4180 CSV parser: fields separated by commas, records by CRLF or LF, fields in
/// double quotes may hold commas, line breaks and doubled quotes (`""`).
enum CSVParser {
    /// One record and the 1-based line it starts on.
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    /// An opening quote that is never closed.
    struct UnclosedQuote: Error, Equatable {
        var line: Int
    }

    static func parse(_ text: String) throws(UnclosedQuote) -> [Record] {
        let (records, unclosed) = parseKeepingRecords(text)
        if let unclosed { throw unclosed }
        return records
    }

    /// The records, and where a quote that is never closed opens (the records before it are kept).
    static func parseKeepingRecords(_ text: String) -> ([Record], UnclosedQuote?) {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 1
        var fieldStarted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
            fields = []
            field = ""
            fieldStarted = false
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field += "\""
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where !fieldStarted:
                quoted = true
                quoteLine = line
                fieldStarted = true
            case ",":
                fields.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                let next = scalars.next()
                if next != "\n" { pending = next }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        if quoted { return (records, UnclosedQuote(line: quoteLine)) }
        if fieldStarted || !fields.isEmpty || !field.isEmpty { endRecord() }
        return (records, nil)
    }
}
