import Foundation

/// Writes contacts as the exact bytes `JSONEncoder` writes for the store (pretty-printed,
/// sorted keys, slashes unescaped), several times faster on large stores.
///
/// Fields are written in `ContactField`'s order, and each list item's in its own enum's order, by
/// switches with no `default:`, so a field added to the schema is written here or does not build.
/// A contact carrying fields from a newer kith (`unknownFields`, at any level) is written by
/// `JSONEncoder` itself and indented into place, so the output never depends on this writer
/// knowing them.
struct ContactJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next field is the first of its object.
    private var firstField = true
    /// How far the fields of the object being written are indented: 6 in a contact, 10 in an item.
    private var fieldIndent = 6

    /// The contacts array as it appears after `"contacts" : ` in the store (at depth 1).
    static func contactsArray(_ contacts: [Contact], encoder: JSONEncoder) throws -> [UInt8] {
        var writer = ContactJSONWriter()
        writer.bytes.reserveCapacity(contacts.count * 1600)
        guard !contacts.isEmpty else {
            writer.raw("[\n\n  ]")
            return writer.bytes
        }
        writer.raw("[\n")
        for (i, contact) in contacts.enumerated() {
            if i > 0 { writer.raw(",\n") }
            writer.indent(4)
            if contact.unknownFields.isEmpty && !contact.hasUnknownFieldsInItems {
                writer.contact(contact)
            } else {
                // Indent every line but the blank one inside an empty list, as JSONEncoder does.
                let data = Array(try encoder.encode(contact))
                for (k, b) in data.enumerated() {
                    writer.bytes.append(b)
                    if b == 0x0A, k + 1 < data.count, data[k + 1] != 0x0A { writer.indent(4) }
                }
            }
        }
        writer.raw("\n  ]")
        return writer.bytes
    }

    private mutating func contact(_ c: Contact) {
        raw("{\n")
        firstField = true
        fieldIndent = 6
        for field in ContactField.allCases {
            switch field {
            case .added: write(field, day: c.added)
            case .birthday: write(field, string: c.birthday)
            case .company: write(field, string: c.company)
            case .connectedOn: write(field, day: c.connectedOn)
            case .emails: write(field, strings: c.emails)
            case .id: write(field, string: c.id)
            case .interactions: write(field, objects: c.interactions) { $0.interaction($1) }
            case .knows: write(field, objects: c.knows) { $0.acquaintance($1) }
            case .links: write(field, strings: c.links)
            case .name: write(field, string: c.name)
            case .needs: write(field, objects: c.needs) { $0.need($1) }
            case .notes: write(field, objects: c.notes) { $0.datedText($1) }
            case .offers: write(field, objects: c.offers) { $0.datedText($1) }
            case .phones: write(field, strings: c.phones)
            case .promises: write(field, objects: c.promises) { $0.promise($1) }
            case .role: write(field, string: c.role)
            case .tags: write(field, strings: c.tags)
            case .tier: write(field, string: c.tier)
            case .uid: write(field, string: c.uid)
            case .vcardExtras: write(field, strings: c.vcardExtras)
            case .vcardFields: write(field, strings: c.vcardFields)
            }
        }
        raw("\n")
        indent(4)
        raw("}")
    }

    private mutating func interaction(_ item: Interaction) {
        for field in InteractionField.allCases {
            switch field {
            case .date: write(field, day: item.date)
            case .kind: write(field, string: item.kind.rawValue)
            case .note: write(field, string: item.note)
            }
        }
    }

    private mutating func acquaintance(_ item: Acquaintance) {
        for field in AcquaintanceField.allCases {
            switch field {
            case .contactID: write(field, string: item.contactID)
            case .recorded: write(field, day: item.recorded)
            case .text: write(field, string: item.text)
            }
        }
    }

    private mutating func need(_ item: Need) {
        for field in NeedField.allCases {
            switch field {
            case .recorded: write(field, day: item.recorded)
            case .solved: write(field, day: item.solved)
            case .solvedBy: write(field, string: item.solvedBy)
            case .text: write(field, string: item.text)
            }
        }
    }

    private mutating func datedText(_ item: DatedText) {
        for field in DatedTextField.allCases {
            switch field {
            case .recorded: write(field, day: item.recorded)
            case .text: write(field, string: item.text)
            }
        }
    }

    private mutating func promise(_ item: Promise) {
        for field in PromiseField.allCases {
            switch field {
            case .kept: write(field, day: item.kept)
            case .recorded: write(field, day: item.recorded)
            case .text: write(field, string: item.text)
            }
        }
    }

    /// A field's name, after the comma that ends the field before it.
    private mutating func key(_ field: some StoredField) {
        if !firstField { raw(",\n") }
        firstField = false
        indent(fieldIndent)
        string(field.rawValue)
        raw(" : ")
    }

    /// A text field, left out when nil.
    private mutating func write(_ field: some StoredField, string value: String?) {
        guard let value else { return }
        key(field)
        string(value)
    }

    /// A day field, left out when nil.
    private mutating func write(_ field: some StoredField, day value: Day?) {
        guard let value else { return }
        key(field)
        day(value)
    }

    /// A contact's list of texts (depth 3), left out when empty.
    private mutating func write(_ field: some StoredField, strings list: [String]) {
        guard !list.isEmpty else { return }
        key(field)
        raw("[\n")
        for (i, item) in list.enumerated() {
            if i > 0 { raw(",\n") }
            indent(8)
            string(item)
        }
        raw("\n")
        indent(6)
        raw("]")
    }

    /// A contact's list of objects (depth 3), written even when empty.
    private mutating func write<T>(
        _ field: some StoredField, objects list: [T], _ fields: (inout ContactJSONWriter, T) -> Void
    ) {
        key(field)
        guard !list.isEmpty else {
            raw("[\n\n")
            indent(6)
            raw("]")
            return
        }
        raw("[\n")
        for (i, item) in list.enumerated() {
            if i > 0 { raw(",\n") }
            indent(8)
            raw("{\n")
            firstField = true
            fieldIndent = 10
            fields(&self, item)
            raw("\n")
            indent(8)
            raw("}")
        }
        firstField = false
        fieldIndent = 6
        raw("\n")
        indent(6)
        raw("]")
    }

    /// A day as `"YYYY-MM-DD"`, the same text as `Day.description` without `String(format:)`.
    private mutating func day(_ value: Day) {
        guard (0...9999).contains(value.year) else {
            string(value.description)
            return
        }
        let (y, m, d) = (value.year, value.month, value.day)
        bytes.append(0x22)
        bytes.append(0x30 + UInt8(y / 1000))
        bytes.append(0x30 + UInt8(y / 100 % 10))
        bytes.append(0x30 + UInt8(y / 10 % 10))
        bytes.append(0x30 + UInt8(y % 10))
        bytes.append(0x2D)
        bytes.append(0x30 + UInt8(m / 10))
        bytes.append(0x30 + UInt8(m % 10))
        bytes.append(0x2D)
        bytes.append(0x30 + UInt8(d / 10))
        bytes.append(0x30 + UInt8(d % 10))
        bytes.append(0x22)
    }

    private mutating func indent(_ count: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: count))
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string as JSONEncoder writes it: quotes, backslashes and control characters
    /// escaped, everything else (slashes, non-ASCII) as is.
    private mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            for b in utf8 {
                switch b {
                case 0x22, 0x5C: escaped(b)
                case 0x0A: escaped(UInt8(ascii: "n"))
                case 0x0D: escaped(UInt8(ascii: "r"))
                case 0x09: escaped(UInt8(ascii: "t"))
                case 0x08: escaped(UInt8(ascii: "b"))
                case 0x0C: escaped(UInt8(ascii: "f"))
                case 0..<0x20:
                    raw("\\u00")
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 0xF)])
                default: bytes.append(b)
                }
            }
        }
        bytes.append(0x22)
    }

    /// A backslash and `letter`.
    private mutating func escaped(_ letter: UInt8) {
        bytes.append(0x5C)
        bytes.append(letter)
    }
}
