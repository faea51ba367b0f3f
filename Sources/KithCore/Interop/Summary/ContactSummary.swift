/// The Markdown summary of one contact for `kith export NAME`.
///
/// Sections: who they are, how you met, what they need (open and solved), what they can solve,
/// who they know, the dated history, open promises, notes, then any extra sections the caller
/// passes (pending actions, introductions). Empty sections are left out. User text is escaped.
package enum ContactSummary {
    /// A section supplied by the caller: a heading and its list items (plain text).
    package struct Section: Hashable, Sendable {
        package var title: String
        package var items: [String]

        package init(_ title: String, items: [String]) {
            self.title = title
            self.items = items
        }
    }

    /// The summary; `network` resolves the names of acquaintances that are contacts.
    package static func markdown(
        for contact: Contact, in network: Network, extraSections: [Section] = [],
        wording w: SummaryWording = .english
    ) -> String {
        let e = { (text: String) in MarkdownEscaping.escape(text) }
        var out = ["# " + MarkdownEscaping.escape(contact.name, indent: " "), ""]
        var who: [String] = []
        func line(_ label: SummaryWording.Text, _ value: String) { who.append("**\(w(label)):** " + value) }
        if let company = contact.company, !company.isEmpty { line(.company, e(company)) }
        if let role = contact.role, !role.isEmpty { line(.role, e(role)) }
        if !contact.emails.isEmpty { line(.email, contact.emails.map(e).joined(separator: ", ")) }
        if !contact.phones.isEmpty { line(.phone, contact.phones.map(e).joined(separator: ", ")) }
        if !contact.links.isEmpty { line(.links, contact.links.map(e).joined(separator: ", ")) }
        if !contact.tags.isEmpty { line(.tags, contact.tags.map(e).joined(separator: ", ")) }
        if let birthday = contact.birthday { line(.birthday, e(birthday)) }
        line(.added, "\(contact.added)")
        out += who.map { "- " + $0 }
        out.append("")

        let history = contact.interactions.sorted { $0.date < $1.date }
        if let first = history.first {
            section(&out, w(.howYouMet), [dated(first, w)])
        }
        section(
            &out, w(.whatTheyNeed),
            contact.needs.filter(\.isOpen).map { "\(e($0.text)) (\(w(.needSince, day: $0.recorded)))" })
        section(
            &out, w(.needsSolved),
            contact.needs.compactMap { need in
                guard let solved = need.solved else { return nil }
                let by = need.solvedBy.map { " " + w(.solvedBy, name: e($0)) } ?? ""
                return "\(e(need.text)) (\(w(.solvedOn, day: solved))\(by))"
            })
        section(&out, w(.whatTheyCanSolve), contact.offers.map { e($0.text) })
        section(
            &out, w(.whoTheyKnow),
            contact.knows.map { known in
                if let id = known.contactID, let other = network.contact(id: id), other.id != contact.id,
                    TextFolding.fold(other.name) != TextFolding.fold(known.text)
                {
                    return "\(e(known.text)) (\(w(.inKith, name: e(other.name))))"
                }
                return e(known.text)
            })
        section(&out, w(.history), history.map { dated($0, w) })
        section(
            &out, w(.openPromises),
            contact.promises.filter(\.isOpen).map { "\(e($0.text)) (\(w(.promisedOn, day: $0.recorded)))" })
        section(&out, w(.notes), contact.notes.map { "\($0.recorded): \(e($0.text))" })
        for extra in extraSections {
            section(&out, MarkdownEscaping.escape(extra.title, indent: " "), extra.items.map(e))
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    static func dated(_ interaction: Interaction, _ w: SummaryWording) -> String {
        let note = interaction.note.flatMap { $0.isEmpty ? nil : ": " + MarkdownEscaping.escape($0) } ?? ""
        return "\(interaction.date) — \(MarkdownEscaping.escape(w.kind(interaction.kind)))\(note)"
    }

    static func section(_ out: inout [String], _ title: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        out.append("## " + title)
        out.append("")
        out += items.map { "- " + $0 }
        out.append("")
    }
}
