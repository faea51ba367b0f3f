/// The Markdown summary of one contact for `kith export NAME`.
///
/// Sections: who they are, how you met, what they need (open and solved), what they can solve,
/// who they know, the dated history, open promises, notes, then any extra sections the caller
/// passes (pending actions, introductions). Empty sections are left out. User text is escaped.
public enum ContactSummary {
    /// A section supplied by the caller: a heading and its list items (plain text).
    public struct Section: Hashable, Sendable {
        public var title: String
        public var items: [String]

        public init(_ title: String, items: [String]) {
            self.title = title
            self.items = items
        }
    }

    /// The summary; `network` resolves the names of acquaintances that are contacts.
    public static func markdown(for contact: Contact, in network: Network, extraSections: [Section] = []) -> String {
        let e = { (text: String) in MarkdownEscaping.escape(text) }
        var out = ["# " + MarkdownEscaping.escape(contact.name, indent: " "), ""]
        var who: [String] = []
        if let company = contact.company, !company.isEmpty { who.append("**Company:** " + e(company)) }
        if let role = contact.role, !role.isEmpty { who.append("**Role:** " + e(role)) }
        if !contact.emails.isEmpty { who.append("**E-mail:** " + contact.emails.map(e).joined(separator: ", ")) }
        if !contact.phones.isEmpty { who.append("**Phone:** " + contact.phones.map(e).joined(separator: ", ")) }
        if !contact.links.isEmpty { who.append("**Links:** " + contact.links.map(e).joined(separator: ", ")) }
        if !contact.tags.isEmpty { who.append("**Tags:** " + contact.tags.map(e).joined(separator: ", ")) }
        if let birthday = contact.birthday { who.append("**Birthday:** " + e(birthday)) }
        who.append("**Added:** \(contact.added)")
        out += who.map { "- " + $0 }
        out.append("")

        let history = contact.interactions.sorted { $0.date < $1.date }
        if let first = history.first {
            section(&out, "How you met", [dated(first)])
        }
        section(&out, "What they need", contact.needs.filter(\.isOpen).map { "\(e($0.text)) (since \($0.recorded))" })
        section(&out, "Needs solved", contact.needs.compactMap { need in
            guard let solved = need.solved else { return nil }
            let by = need.solvedBy.map { " by " + e($0) } ?? ""
            return "\(e(need.text)) (solved \(solved)\(by))"
        })
        section(&out, "What they can solve", contact.offers.map { e($0.text) })
        section(&out, "Who they know", contact.knows.map { known in
            if let id = known.contactID, let other = network.contact(id: id), other.id != contact.id,
               TextFolding.fold(other.name) != TextFolding.fold(known.text) {
                return "\(e(known.text)) (\(e(other.name)) in kith)"
            }
            return e(known.text)
        })
        section(&out, "History", history.map(dated))
        section(&out, "Open promises", contact.promises.filter(\.isOpen).map { "\(e($0.text)) (promised \($0.recorded))" })
        section(&out, "Notes", contact.notes.map { "\($0.recorded): \(e($0.text))" })
        for extra in extraSections {
            section(&out, MarkdownEscaping.escape(extra.title, indent: " "), extra.items.map(e))
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    static func dated(_ interaction: Interaction) -> String {
        let note = interaction.note.flatMap { $0.isEmpty ? nil : ": " + MarkdownEscaping.escape($0) } ?? ""
        return "\(interaction.date) — \(MarkdownEscaping.escape(interaction.kind.rawValue))\(note)"
    }

    static func section(_ out: inout [String], _ title: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        out.append("## " + title)
        out.append("")
        out += items.map { "- " + $0 }
        out.append("")
    }
}
