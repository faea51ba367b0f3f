import KithCore

/// The terminal view of one contact, for `kith contact`.
struct ContactCard {
    let contact: Contact
    let network: Network
    var style = TextStyle.plain
    var wording = SummaryWording.english

    var text: String {
        let w = wording
        var lines = [style.bold(contact.name)]
        let role = [contact.role, contact.company].compactMap { $0 }.joined(separator: " \(w(.at)) ")
        if !role.isEmpty { lines.append("  " + role) }
        field(w(.email), contact.emails.joined(separator: ", "), into: &lines)
        field(w(.phone), contact.phones.joined(separator: ", "), into: &lines)
        field(w(.links), contact.links.joined(separator: ", "), into: &lines)
        field(w(.tags), contact.tags.joined(separator: ", "), into: &lines)
        field(w(.birthday), contact.birthday ?? "", into: &lines)
        field(w(.tier), contact.tier ?? "", into: &lines)
        if let first = contact.interactions.first {
            field(w(.met), "\(first.date)" + (first.note.map { " — \($0)" } ?? ""), into: &lines)
        }
        section(
            w(.needs),
            contact.needs.map { need in
                var text = "\(need.text) (\(need.recorded))"
                if let solved = need.solved {
                    text +=
                        " — " + w(.solvedOnBy, day: solved) + (need.solvedBy.map { " " + w(.solvedBy, name: $0) } ?? "")
                }
                return text
            }, into: &lines)
        section(w(.canSolve), contact.offers.map { "\($0.text) (\($0.recorded))" }, into: &lines)
        section(
            w(.knows),
            contact.knows.map { item in
                let linked = item.contactID.flatMap { network.contact(id: $0) }
                return item.text + (linked.map { " → " + w(.inYourNetworkAs, name: $0.name) } ?? "")
            }, into: &lines)
        section(
            w(.promised),
            contact.promises.map { "\($0.text) (\($0.recorded))" + ($0.kept.map { " — " + w(.kept, day: $0) } ?? "") },
            into: &lines)
        section(w(.notes), contact.notes.map { "\($0.text) (\($0.recorded))" }, into: &lines)
        let intros = network.introductions(involving: contact.id).map { intro -> String in
            let otherID = intro.first == contact.id ? intro.second : intro.first
            let other = network.contact(id: otherID)?.name ?? w(.someone)
            let stage =
                intro.made.map { w(.introductionMade, day: $0) } ?? w(.introductionSuggested, day: intro.suggested)
            let outcome = intro.outcome.map { ", " + w(.outcome, name: $0) } ?? ""
            return "\(w(.introducedWith, name: other)): \(stage)\(outcome)"
                + (intro.why.isEmpty ? "" : " — \(intro.why)")
        }
        section(w(.introductions), intros, into: &lines)
        section(
            w(.history),
            contact.interactions.reversed().map { "\($0.date) \(w.kind($0.kind))" + ($0.note.map { ": \($0)" } ?? "") },
            into: &lines)
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
