import Foundation

/// Writes contacts as vCard 4.0 (RFC 6350): UTF-8, CRLF line ends, lines folded at 75 octets.
///
/// Each card carries the name (FN and N), company (ORG), role (TITLE), every e-mail, phone and
/// link, tags (CATEGORIES), birthday (BDAY), needs, offers, acquaintances and notes in one NOTE
/// (see `VCardNoteSections`), and the properties kept from an earlier import. Reading the
/// output with `VCardReader` gives the same contact data back.
public enum VCardWriter {
    /// One card, ending with CRLF.
    public static func card(for contact: Contact) -> String {
        ContentLineFolding.document(lines(for: contact))
    }

    /// Cards for all `contacts`, in the order given.
    public static func cards(for contacts: [Contact]) -> String {
        contacts.map(card(for:)).joined()
    }

    static func lines(for contact: Contact) -> [String] {
        let escape = ContentTextEscaping.escape
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//kith//kith//EN"]
        lines.append("FN:" + escape(contact.name))
        lines.append("N:" + structuredName(contact.name))
        if let company = contact.company, !company.isEmpty { lines.append("ORG:" + escape(company)) }
        if let role = contact.role, !role.isEmpty { lines.append("TITLE:" + escape(role)) }
        lines += contact.emails.map { "EMAIL:" + escape($0) }
        lines += contact.phones.map { "TEL:" + escape($0) }
        // URL values are URIs, not text: they are written as they are (RFC 6350 §6.7.8).
        lines += contact.links.map { "URL:" + $0.filter { !$0.isNewline } }
        if !contact.tags.isEmpty {
            lines.append("CATEGORIES:" + contact.tags.map(escape).joined(separator: ","))
        }
        if let birthday = contact.birthday, let value = VCardBirthday.format(birthday) {
            lines.append("BDAY:" + value)
        }
        if let note = VCardNoteSections.format(contact) { lines.append("NOTE:" + escape(note)) }
        lines += contact.vcardExtras.map { $0.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: "") }
        lines.append("END:VCARD")
        return lines
    }

    /// N from a display name: the last word is the family name, the rest the given names.
    static func structuredName(_ name: String) -> String {
        var words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        let family = words.popLast() ?? ""
        let given = words.joined(separator: " ")
        return [family, given, "", "", ""].map(ContentTextEscaping.escape).joined(separator: ";")
    }
}
