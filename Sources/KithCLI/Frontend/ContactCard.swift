import KithCore

/// The terminal view of one contact, for `kith contact`.
struct ContactCard {
    let contact: Contact
    let network: Network
    var style = TextStyle.plain

    var text: String {
        var lines = [style.bold(contact.name)]
        let role = [contact.role, contact.company].compactMap { $0 }.joined(separator: " at ")
        if !role.isEmpty { lines.append("  " + role) }
        field("E-mail", contact.emails.joined(separator: ", "), into: &lines)
        field("Phone", contact.phones.joined(separator: ", "), into: &lines)
        field("Links", contact.links.joined(separator: ", "), into: &lines)
        field("Tags", contact.tags.joined(separator: ", "), into: &lines)
        field("Birthday", contact.birthday ?? "", into: &lines)
        field("Tier", contact.tier ?? "", into: &lines)
        if let first = contact.interactions.first {
            field("Met", "\(first.date)" + (first.note.map { " — \($0)" } ?? ""), into: &lines)
        }
        section("Needs", contact.needs.map { need in
            var text = "\(need.text) (\(need.recorded))"
            if let solved = need.solved { text += " — solved \(solved)" + (need.solvedBy.map { " by \($0)" } ?? "") }
            return text
        }, into: &lines)
        section("Can solve", contact.offers.map { "\($0.text) (\($0.recorded))" }, into: &lines)
        section("Knows", contact.knows.map { item in
            let linked = item.contactID.flatMap { network.contact(id: $0) }
            return item.text + (linked.map { " → in your network as \($0.name)" } ?? "")
        }, into: &lines)
        section("Promised", contact.promises.map { "\($0.text) (\($0.recorded))" + ($0.kept.map { " — kept \($0)" } ?? "") }, into: &lines)
        section("Notes", contact.notes.map { "\($0.text) (\($0.recorded))" }, into: &lines)
        let intros = network.introductions(involving: contact.id).map { intro -> String in
            let otherID = intro.first == contact.id ? intro.second : intro.first
            let other = network.contact(id: otherID)?.name ?? "someone"
            let stage = intro.made.map { "made \($0)" } ?? "suggested \(intro.suggested)"
            let outcome = intro.outcome.map { ", outcome: \($0)" } ?? ""
            return "with \(other): \(stage)\(outcome)" + (intro.why.isEmpty ? "" : " — \(intro.why)")
        }
        section("Introductions", intros, into: &lines)
        section("History", contact.interactions.reversed().map { "\($0.date) \($0.kind)" + ($0.note.map { ": \($0)" } ?? "") }, into: &lines)
        return lines.joined(separator: "\n")
    }

    private func field(_ label: String, _ value: String, into lines: inout [String]) {
        if !value.isEmpty { lines.append("  \(label): \(value)") }
    }

    private func section(_ title: String, _ items: [String], into lines: inout [String]) {
        guard !items.isEmpty else { return }
        lines.append(style.bold("\(title):"))
        lines += items.map { "  • \($0)" }
    }
}
