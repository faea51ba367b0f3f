import Foundation

/// Builds an `ImportedContact` from the properties of one card.
///
/// FN is the name (N builds one when FN is missing); every EMAIL, TEL and URL is kept; ORG's
/// first component is the company, TITLE the role; CATEGORIES are tags (Google's system group
/// `myContacts` is left out); BDAY becomes `YYYY-MM-DD` or `--MM-DD`; NOTE is read in kith's
/// section form when it has it; UID is the contact's UID. The lines behind UID, N, ORG, TITLE,
/// BDAY, EMAIL, TEL and URL are kept as `vcardFields`; other properties as `vcardExtras`.
enum VCardCardBuilder {
    /// Properties that only frame a card or name its producer; kith writes its own.
    static let framing: Set<String> = ["BEGIN", "END", "VERSION", "PRODID"]

    static func build(_ lines: [VCardContentLine]) -> ImportedContact {
        var contact = ImportedContact(name: "")
        var nameFromN = ""
        for line in lines {
            if framing.contains(line.name) { continue }
            if !apply(line, to: &contact, nameFromN: &nameFromN) {
                contact.vcardExtras.append(line.keptText)
            } else if VCardFieldLines.kept.contains(line.name) {
                contact.vcardFields.append(line.keptText)
            }
        }
        if let kith = contact.kith {
            // A card kith wrote: its X-KITH-* fields are the record; the NOTE only mirrors them.
            contact.needs = []
            contact.offers = []
            contact.knows = []
            contact.notes = []
            contact.vcardFields = kith.vcardFields
            contact.vcardExtras.removeAll { VCardFieldLines.name(of: $0) == "REV" }
            contact.connectedOn = kith.connected
        }
        if contact.name.isEmpty { contact.name = nameFromN }
        if contact.name.isEmpty { contact.name = contact.company ?? contact.emails.first ?? "" }
        return contact
    }

    /// Stores the property in a field; false when it is to be kept as an extra.
    static func apply(_ line: VCardContentLine, to contact: inout ImportedContact, nameFromN: inout String) -> Bool {
        let value = Substring(line.value)
        let text = ContentTextEscaping.unescape(value).trimmedSpace
        switch line.name {
        case let name where name.hasPrefix("X-KITH-"):
            return VCardKithFields.read(name, text, into: &contact.kith)
        case "UID" where contact.uid == nil:
            if text.isEmpty { return false }
            contact.uid = text
        case "FN" where contact.name.isEmpty:
            contact.name = TextFolding.tidy(text)
        case "N" where nameFromN.isEmpty:
            nameFromN = name(fromN: value)
        case "EMAIL":
            add(text, to: &contact.emails)
        case "TEL":
            add(text.lowercased().hasPrefix("tel:") ? String(text.dropFirst(4)) : text, to: &contact.phones)
        case "URL":
            add(text, to: &contact.links)
        case "ORG" where contact.company == nil:
            let first = ContentTextEscaping.splitAndUnescape(value, at: ";").first ?? ""
            let company = first.trimmedSpace
            if company.isEmpty { return false }
            contact.company = company
        case "TITLE" where contact.role == nil:
            if text.isEmpty { return false }
            contact.role = text
        case "CATEGORIES":
            for tag in ContentTextEscaping.splitAndUnescape(value, at: ",") {
                let tag = tag.trimmedSpace
                guard !tag.isEmpty, tag.lowercased() != "mycontacts",
                    !contact.tags.contains(where: { $0.lowercased() == tag.lowercased() })
                else { continue }
                contact.tags.append(tag)
            }
        case "BDAY" where contact.birthday == nil:
            let omitYear = line.parameter("X-APPLE-OMIT-YEAR").first
            guard let birthday = VCardBirthday.parse(text, omitYear: omitYear) else { return false }
            contact.birthday = birthday
        case "NOTE":
            let content = VCardNoteSections.parse(ContentTextEscaping.unescape(value))
            contact.needs += content.needs
            contact.offers += content.offers
            contact.knows += content.knows
            contact.notes += content.notes
        default:
            return false
        }
        return true
    }

    static func add(_ value: String, to list: inout [String]) {
        guard !value.isEmpty, !list.contains(value) else { return }
        list.append(value)
    }

    /// "Doe;Jane;Q.;Dr.;Jr." → "Dr. Jane Q. Doe Jr."
    static func name(fromN value: Substring) -> String {
        let parts = ContentTextEscaping.split(value, at: ";").map { part in
            ContentTextEscaping.splitAndUnescape(part, at: ",").joined(separator: " ")
        }
        func part(_ index: Int) -> String { index < parts.count ? parts[index] : "" }
        let ordered = [part(3), part(1), part(2), part(0), part(4)]
        return TextFolding.tidy(ordered.joined(separator: " "))
    }
}
