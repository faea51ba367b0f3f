import Foundation

/// Reads vCard 2.1, 3.0 and 4.0 files (Google Contacts, Apple Contacts and others): the
/// reader behind `kith import FILE.vcf`.
///
/// Either every card is returned or an error says what is wrong and on which line; a file is
/// never half read.
public enum VCardReader {
    /// The contacts in `data`; `source` (a file name) is named in errors.
    public static func read(_ data: Data, source: String? = nil) throws(VCardError) -> [ImportedContact] {
        do {
            return try readCards([UInt8](data))
        } catch {
            var located = error
            located.source = source
            throw located
        }
    }

    static func readCards(_ bytes: [UInt8]) throws(VCardError) -> [ImportedContact] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var contacts: [ImportedContact] = []
        var open: (line: Int, properties: [VCardContentLine])?
        for logical in VCardLogicalLines.split(Array(body)) {
            let line = try VCardLineParser.parse(logical)
            let value = line.value.trimmingCharacters(in: .whitespaces).uppercased()
            switch line.name {
            case "BEGIN":
                if let open {
                    throw VCardError(line: line.line, reason: """
                        BEGIN:\(value) inside the card that began on line \(open.line) \
                        (is its END:VCARD missing?)
                        """)
                }
                guard value == "VCARD" else {
                    throw VCardError(line: line.line, reason: "BEGIN:\(value) is not the start of a vCard")
                }
                open = (line.line, [])
            case "END":
                guard let card = open else {
                    throw VCardError(line: line.line, reason: "END:\(value) without a BEGIN:VCARD before it")
                }
                guard value == "VCARD" else {
                    throw VCardError(line: line.line, reason: "END:\(value) inside a vCard (expected END:VCARD)")
                }
                var contact = VCardCardBuilder.build(card.properties)
                contact.origin = "line \(card.line)"
                contacts.append(contact)
                open = nil
            default:
                guard open != nil else {
                    throw VCardError(line: line.line, reason: "\(line.name) is outside any BEGIN:VCARD … END:VCARD")
                }
                open?.properties.append(line)
            }
        }
        if let open {
            throw VCardError(line: open.line, reason: "the card that begins here has no END:VCARD (is the file cut short?)")
        }
        guard !contacts.isEmpty else {
            throw VCardError(line: 1, reason: "no vCard found (no BEGIN:VCARD line)")
        }
        return contacts
    }
}
