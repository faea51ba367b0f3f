import Foundation

/// Reads vCard 2.1, 3.0 and 4.0 files (Google Contacts, Apple Contacts, phones, Outlook and
/// others): the reader behind `kith import FILE.vcf`.
///
/// A card that cannot be read is skipped with its line and reason, and the others are still
/// returned; values read with a doubt (a guessed encoding, a bad quoted-printable sequence kept
/// as written) come back as warnings. A nested AGENT card is kept as text. Only a file with no
/// card at all is an error.
package enum VCardReader {
    /// The contacts in `data`; `source` (a file name) is named in problems and errors.
    package static func read(_ data: Data, source: String? = nil) throws(VCardError) -> AddressBookContents {
        guard let bytes = TextEncodings.utf8Bytes([UInt8](data)) else {
            throw VCardError(
                source: source, line: 1, reason: "the file starts with a UTF-16 byte-order mark but is not valid UTF-16"
            )
        }
        var contents = readCards(bytes)
        contents.locate(in: source)
        guard !contents.contacts.isEmpty || !contents.skipped.isEmpty else {
            throw VCardError(source: source, line: 1, reason: "no vCard found (no BEGIN:VCARD line)")
        }
        return contents
    }

    /// A card being read: where it began, its properties, and the first problem that breaks it.
    struct OpenCard {
        var line: Int
        var properties: [VCardContentLine] = []
        var problem: ImportProblem?
        var warnings: [ImportProblem] = []
        /// The lines of a nested AGENT card being collected, and how deep inside it the reader is.
        var agent: (line: Int, lines: [String], depth: Int)?
    }

    static func readCards(_ bytes: [UInt8]) -> AddressBookContents {
        var contents = AddressBookContents()
        var open: OpenCard?
        for logical in VCardLogicalLines.split(bytes) {
            if var card = open, card.agent != nil {
                collectAgent(logical, into: &card)
                open = card
                continue
            }
            var warnings: [ImportProblem] = []
            let line: VCardContentLine
            do {
                line = try VCardLineParser.parse(logical, warnings: &warnings)
            } catch {
                let problem = ImportProblem(line: error.line, reason: error.reason)
                if open != nil {
                    if open?.problem == nil { open?.problem = problem }
                } else {
                    contents.skipped.append(problem)
                }
                continue
            }
            let value =
                line.name == "BEGIN" || line.name == "END" || line.name == "AGENT"
                ? line.value.trimmedSpace.uppercased() : ""
            switch line.name {
            case "BEGIN":
                if var card = open, value == "VCARD", let last = card.properties.last, last.name == "AGENT",
                    last.value.trimmedSpace.isEmpty
                {
                    card.properties.removeLast()
                    card.agent = (last.line, ["BEGIN:VCARD"], 1)
                    open = card
                    continue
                }
                if let card = open {
                    contents.skipped.append(
                        ImportProblem(
                            line: card.line,
                            reason: """
                                the card that begins here has no END:VCARD before line \(line.line)
                                """))
                    open = nil
                }
                guard value == "VCARD" else {
                    contents.skipped.append(
                        ImportProblem(
                            line: line.line, reason: "BEGIN:\(SafeQuote.text(value)) is not the start of a vCard"))
                    continue
                }
                open = OpenCard(line: line.line)
            case "END":
                guard let card = open else {
                    contents.skipped.append(
                        ImportProblem(
                            line: line.line, reason: "END:\(SafeQuote.text(value)) without a BEGIN:VCARD before it"))
                    continue
                }
                open = nil
                if let problem = card.problem
                    ?? (value == "VCARD"
                        ? nil
                        : ImportProblem(
                            line: line.line, reason: "END:\(SafeQuote.text(value)) inside a vCard (expected END:VCARD)"))
                {
                    contents.skipped.append(
                        ImportProblem(
                            line: problem.line,
                            reason: "\(problem.reason); the card that begins on line \(card.line) was skipped"))
                    continue
                }
                var contact = VCardCardBuilder.build(card.properties)
                contact.origin = "line \(card.line)"
                contents.contacts.append(contact)
                contents.warnings += card.warnings
            default:
                guard var card = open else {
                    contents.skipped.append(
                        ImportProblem(
                            line: line.line,
                            reason: "\(SafeQuote.text(line.name)) is outside any BEGIN:VCARD … END:VCARD"))
                    continue
                }
                if line.name == "AGENT", value == "BEGIN:VCARD" {
                    card.agent = (line.line, ["BEGIN:VCARD"], 1)
                } else {
                    card.properties.append(line)
                    card.warnings += warnings
                }
                open = card
            }
        }
        if let open {
            let reason =
                open.agent != nil
                ? "the AGENT card inside the card that begins here has no END:VCARD (is the file cut short?)"
                : "the card that begins here has no END:VCARD (is the file cut short?)"
            contents.skipped.append(ImportProblem(line: open.line, reason: reason))
        }
        return contents
    }

    /// Adds one line of a nested AGENT card; at its END:VCARD the whole card becomes the AGENT
    /// property's text value.
    static func collectAgent(_ logical: VCardLogicalLine, into card: inout OpenCard) {
        guard var agent = card.agent else { return }
        let text = String(decoding: logical.bytes, as: UTF8.self)
        let upper = text.uppercased().filter { !$0.isWhitespace }
        if upper == "BEGIN:VCARD" { agent.depth += 1 }
        if upper == "END:VCARD" { agent.depth -= 1 }
        agent.lines.append(text)
        guard agent.depth == 0 else {
            card.agent = agent
            return
        }
        card.agent = nil
        card.properties.append(
            VCardContentLine(
                group: nil, name: "AGENT", parameterTexts: [],
                value: ContentTextEscaping.escape(agent.lines.joined(separator: "\n")),
                wasQuotedPrintable: false, line: agent.line))
    }
}
