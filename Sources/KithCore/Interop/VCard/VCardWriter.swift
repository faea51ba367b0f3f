import Foundation

/// Writes contacts as vCard 4.0 (RFC 6350): UTF-8, CRLF line ends, lines folded at 75 octets.
///
/// Each card carries the UID, a REV, the name (FN, and N as the imported card had it when
/// known), company (ORG, with its units), role (TITLE), every e-mail, phone and link (with the
/// TYPE parameters and `itemN.` group they came with, and the group's `X-ABLabel`), tags
/// (CATEGORIES), birthday (BDAY), a readable NOTE with needs, offers, acquaintances and notes
/// (see `VCardNoteSections`), the properties kept from an import (parameters in 4.0 form), and
/// kith's own fields as `X-KITH-*` properties (see `VCardKithFields`). Reading the output with
/// `VCardReader` and merging it into an empty network gives the same contact back.
package enum VCardWriter {
    /// One card, ending with CRLF.
    package static func card(for contact: Contact) -> String {
        ContentLineFolding.document(lines(for: contact))
    }

    /// Cards for all `contacts`, in the order given.
    package static func cards(for contacts: [Contact]) -> String {
        contacts.map(card(for:)).joined()
    }

    static func lines(for contact: Contact) -> [String] {
        let escape = ContentTextEscaping.escape
        let kept = contact.vcardFields.map(VCardParameters.modernLine)
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//kith//kith//EN"]
        if let uid = contact.uid { lines.append("UID:" + escapeURI(uid)) }
        if !contact.vcardExtras.contains(where: { VCardFieldLines.name(of: $0) == "REV" }) {
            lines.append("REV:" + revision(of: contact))
        }
        lines.append("FN:" + escape(contact.name))
        lines.append(keptLine("N", in: kept) { _ in true } ?? "N:" + structuredName(contact.name))
        if let company = contact.company, !company.isEmpty {
            lines.append(
                keptLine("ORG", in: kept) { value in
                    ContentTextEscaping.splitAndUnescape(value, at: ";").first == company
                } ?? "ORG:" + escape(company))
        }
        if let role = contact.role, !role.isEmpty {
            lines.append(
                keptLine("TITLE", in: kept) { ContentTextEscaping.unescape($0) == role } ?? "TITLE:" + escape(role))
        }
        lines += contact.emails.map { email in
            keptValueLine("EMAIL", email, in: kept) { ContentTextEscaping.unescape($0) } ?? "EMAIL:" + escape(email)
        }
        lines += contact.phones.map { phone in
            keptValueLine("TEL", phone, in: kept) { value in
                let text = ContentTextEscaping.unescape(value)
                return text.lowercased().hasPrefix("tel:") ? String(text.dropFirst(4)) : text
            } ?? "TEL:" + escape(phone)
        }
        lines += contact.links.map { link in
            keptValueLine("URL", link, in: kept, rewriteValue: escapeURI) { ContentTextEscaping.unescape($0) }
                ?? "URL:" + escapeURI(link)
        }
        if !contact.tags.isEmpty {
            lines.append("CATEGORIES:" + contact.tags.map(escape).joined(separator: ","))
        }
        if let birthday = contact.birthday, let value = VCardBirthday.format(birthday) {
            lines.append("BDAY:" + value)
        }
        if let note = VCardNoteSections.format(contact) { lines.append("NOTE:" + escape(note)) }
        lines += extras(of: contact, besides: lines)
        lines += VCardKithFields.lines(for: contact)
        lines.append("END:VCARD")
        return lines
    }

    /// The kept line for property `name` whose value passes `matches`.
    static func keptLine(_ name: String, in kept: [String], matches: (Substring) -> Bool) -> String? {
        kept.first { VCardFieldLines.name(of: $0) == name && matches(VCardFieldLines.value(of: $0)) }
    }

    /// The kept line for `value` of property `name`, with its group and parameters, and the
    /// value written by `rewriteValue`.
    static func keptValueLine(
        _ name: String, _ value: String, in kept: [String],
        rewriteValue: (String) -> String = ContentTextEscaping.escape,
        read: (Substring) -> String
    ) -> String? {
        guard let line = keptLine(name, in: kept, matches: { read($0) == value }) else { return nil }
        var header = String(VCardFieldLines.split(line).header)
        if name == "TEL", VCardFieldLines.value(of: line).lowercased().hasPrefix("tel:") {
            return header + ":tel:" + rewriteValue(value)
        }
        header = header.replacingOccurrences(of: ";VALUE=uri", with: "", options: .caseInsensitive)
        return header + ":" + rewriteValue(value)
    }

    /// The kept properties, in 4.0 form; an `X-ABLabel` only while its group's property is written.
    static func extras(of contact: Contact, besides written: [String]) -> [String] {
        let modern = contact.vcardExtras.map(VCardParameters.modernLine)
        let isLabel = { (line: String) in VCardFieldLines.name(of: line) == "X-ABLABEL" }
        let groups = Set((written + modern.filter { !isLabel($0) }).compactMap(VCardFieldLines.group(of:)))
        return modern.filter { !isLabel($0) || VCardFieldLines.group(of: $0).map(groups.contains) == true }
            .map { $0.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: "") }
    }

    /// A URI value with its commas, semicolons and backslashes escaped, as vCard readers that
    /// split structured values expect, and no line breaks.
    static func escapeURI(_ text: String) -> String {
        var result = ""
        for character in text where !character.isNewline {
            if character == "," || character == ";" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// REV: the latest day anything about the contact was recorded, at midnight UTC.
    static func revision(of contact: Contact) -> String {
        var days = [contact.added] + contact.interactions.map(\.date)
        days += contact.needs.map(\.recorded) + contact.needs.compactMap(\.solved)
        days += contact.offers.map(\.recorded) + contact.notes.map(\.recorded)
        days += contact.knows.map(\.recorded) + contact.promises.map(\.recorded) + contact.promises.compactMap(\.kept)
        let latest = days.max() ?? contact.added
        return latest.description.filter { $0 != "-" } + "T000000Z"
    }

    /// N from a display name: the last word is the family name, the rest the given names.
    static func structuredName(_ name: String) -> String {
        var words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        let family = words.popLast() ?? ""
        let given = words.joined(separator: " ")
        return [family, given, "", "", ""].map(ContentTextEscaping.escape).joined(separator: ";")
    }
}
