import Foundation

/// Writes contacts as the exact bytes `JSONEncoder` writes for the store (pretty-printed,
/// sorted keys, slashes unescaped), several times faster on large stores.
///
/// A contact carrying fields from a newer kith (`unknownFields`) is written by `JSONEncoder`
/// itself and indented into place, so the output never depends on this writer knowing them.
struct ContactJSONWriter {
    private(set) var bytes: [UInt8] = []

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
        var first = true
        func key(_ name: String) {
            if !first { raw(",\n") }
            first = false
            indent(6)
            string(name)
            raw(" : ")
        }
        key("added"); day(c.added)
        if let birthday = c.birthday { key("birthday"); string(birthday) }
        if let company = c.company { key("company"); string(company) }
        if let connectedOn = c.connectedOn { key("connectedOn"); day(connectedOn) }
        if !c.emails.isEmpty { key("emails"); strings(c.emails) }
        key("id"); string(c.id)
        key("interactions")
        objects(c.interactions) { w, item in
            w.dayField("date", item.date, first: true)
            w.field("kind", item.kind.rawValue)
            if let note = item.note { w.field("note", note) }
        }
        key("knows")
        objects(c.knows) { w, item in
            var first = true
            if let id = item.contactID { w.field("contactID", id, first: true); first = false }
            w.dayField("recorded", item.recorded, first: first)
            w.field("text", item.text)
        }
        if !c.links.isEmpty { key("links"); strings(c.links) }
        key("name"); string(c.name)
        key("needs")
        objects(c.needs) { w, item in
            w.dayField("recorded", item.recorded, first: true)
            if let solved = item.solved { w.dayField("solved", solved) }
            if let by = item.solvedBy { w.field("solvedBy", by) }
            w.field("text", item.text)
        }
        key("notes"); datedTexts(c.notes)
        key("offers"); datedTexts(c.offers)
        if !c.phones.isEmpty { key("phones"); strings(c.phones) }
        key("promises")
        objects(c.promises) { w, item in
            var first = true
            if let kept = item.kept { w.dayField("kept", kept, first: true); first = false }
            w.dayField("recorded", item.recorded, first: first)
            w.field("text", item.text)
        }
        if let role = c.role { key("role"); string(role) }
        if !c.tags.isEmpty { key("tags"); strings(c.tags) }
        if let tier = c.tier { key("tier"); string(tier) }
        if let uid = c.uid { key("uid"); string(uid) }
        if !c.vcardExtras.isEmpty { key("vcardExtras"); strings(c.vcardExtras) }
        if !c.vcardFields.isEmpty { key("vcardFields"); strings(c.vcardFields) }
        raw("\n")
        indent(4)
        raw("}")
    }

    private mutating func datedTexts(_ list: [DatedText]) {
        objects(list) { w, item in
            w.dayField("recorded", item.recorded, first: true)
            w.field("text", item.text)
        }
    }

    /// A field of an object nested in a contact's list (depth 4).
    private mutating func field(_ name: String, _ value: String, first: Bool = false) {
        if !first { raw(",\n") }
        indent(10)
        string(name)
        raw(" : ")
        string(value)
    }

    /// A list field of a contact (depth 3) holding objects.
    private mutating func objects<T>(_ list: [T], _ write: (inout ContactJSONWriter, T) -> Void) {
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
            write(&self, item)
            raw("\n")
            indent(8)
            raw("}")
        }
        raw("\n")
        indent(6)
        raw("]")
    }

    /// A date field of an object nested in a contact's list (depth 4).
    private mutating func dayField(_ name: String, _ value: Day, first: Bool = false) {
        if !first { raw(",\n") }
        indent(10)
        string(name)
        raw(" : ")
        day(value)
    }

    /// A day as `"YYYY-MM-DD"`, the same text as `Day.description` without `String(format:)`.
    private mutating func day(_ value: Day) {
        guard (0...9999).contains(value.year) else {
            string(value.description)
            return
        }
        bytes.append(0x22)
        let y = value.year
        bytes.append(0x30 + UInt8(y / 1000)); bytes.append(0x30 + UInt8(y / 100 % 10))
        bytes.append(0x30 + UInt8(y / 10 % 10)); bytes.append(0x30 + UInt8(y % 10))
        bytes.append(0x2D)
        bytes.append(0x30 + UInt8(value.month / 10)); bytes.append(0x30 + UInt8(value.month % 10))
        bytes.append(0x2D)
        bytes.append(0x30 + UInt8(value.day / 10)); bytes.append(0x30 + UInt8(value.day % 10))
        bytes.append(0x22)
    }

    private mutating func strings(_ list: [String]) {
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
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(0x5C); bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(0x5C); bytes.append(UInt8(ascii: "f"))
                case 0..<0x20:
                    bytes.append(contentsOf: Array("\\u00".utf8))
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 0xF)])
                default: bytes.append(b)
                }
            }
        }
        bytes.append(0x22)
    }
}

extension Contact {
    /// Whether any list item holds fields a newer kith wrote (then `JSONEncoder` writes it).
    var hasUnknownFieldsInItems: Bool {
        needs.contains { !$0.unknownFields.isEmpty } || offers.contains { !$0.unknownFields.isEmpty }
            || knows.contains { !$0.unknownFields.isEmpty } || promises.contains { !$0.unknownFields.isEmpty }
            || notes.contains { !$0.unknownFields.isEmpty } || interactions.contains { !$0.unknownFields.isEmpty }
    }
}
