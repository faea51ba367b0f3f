/// Reads a `DebriefRecord` from a parsed JSON object, with errors that name the field.
package enum DebriefRecordParser {
    /// Why one record was refused.
    package struct FieldError: Error, CustomStringConvertible, Equatable {
        package let reason: String
        package var description: String { reason }
    }

    package static func record(from value: JSONValue) throws -> DebriefRecord {
        guard case .object(let object) = value else {
            throw FieldError(reason: "expected an object like {\"name\": \"…\"}")
        }
        let unknown = object.keys.filter { !DebriefRecord.fieldNames.contains($0) }.sorted()
        if let first = unknown.first {
            throw FieldError(
                reason: "unknown field '\(first)' (known fields: \(DebriefRecord.fieldNames.joined(separator: ", ")))")
        }
        guard let rawName = try text(object, "name"), !TextFolding.tidy(rawName).isEmpty else {
            throw FieldError(reason: "the field 'name' is missing or empty")
        }
        var record = DebriefRecord(name: TextFolding.tidy(rawName))
        if let met = try text(object, "met") {
            guard let day = Day(met) else {
                throw FieldError(reason: "'met' must be a date in the form YYYY-MM-DD, not '\(met)'")
            }
            record.met = day
        }
        record.context = try text(object, "context").map(TextFolding.tidy) ?? ""
        record.needs = try list(object, "needs")
        record.offers = try list(object, "offers")
        record.knows = try list(object, "knows")
        record.promises = try list(object, "promises")
        record.tags = try list(object, "tags")
        record.notes = try text(object, "notes")?.trimmingWhitespace() ?? ""
        record.email = try optionalText(object, "email")
        record.phone = try optionalText(object, "phone")
        record.company = try optionalText(object, "company")
        record.role = try optionalText(object, "role")
        record.kind = try optionalText(object, "kind").map { InteractionKind(rawValue: $0) }
        if let birthday = try optionalText(object, "birthday") {
            guard Birthday.isValid(birthday) else {
                throw FieldError(reason: "'birthday' must be YYYY-MM-DD or --MM-DD, not '\(birthday)'")
            }
            record.birthday = birthday
        }
        return record
    }

    private static func text(_ object: [String: JSONValue], _ field: String) throws -> String? {
        switch object[field] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        default: throw FieldError(reason: "'\(field)' must be text")
        }
    }

    private static func optionalText(_ object: [String: JSONValue], _ field: String) throws -> String? {
        guard let value = try text(object, field) else { return nil }
        let tidy = TextFolding.tidy(value)
        return tidy.isEmpty ? nil : tidy
    }

    private static func list(_ object: [String: JSONValue], _ field: String) throws -> [String] {
        switch object[field] {
        case nil, .null?: return []
        case .string(let value)?:
            let tidy = TextFolding.tidy(value)
            return tidy.isEmpty ? [] : [tidy]
        case .array(let items)?:
            return try items.enumerated().compactMap { index, item in
                guard case .string(let value) = item else {
                    throw FieldError(reason: "'\(field)' item \(index + 1) must be text")
                }
                let tidy = TextFolding.tidy(value)
                return tidy.isEmpty ? nil : tidy
            }
        default:
            throw FieldError(reason: "'\(field)' must be a list of text, like [\"…\", \"…\"]")
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
