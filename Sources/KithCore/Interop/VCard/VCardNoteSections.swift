import Foundation

/// The NOTE text kith writes to carry needs, offers, acquaintances and notes in a vCard,
/// and reads back:
///
///     Needs:
///     - an intro to a seed investor (2026-03-02)
///     Solved needs:
///     - a Swift mentor (2026-01-10, solved 2026-02-01 by Ana Ruiz)
///     Can solve:
///     - App Store review trouble (2026-03-02)
///     Knows:
///     - Dr. Ruiz, a chiropractor (2026-03-02)
///     Notes:
///     - met at the Swift meetup (2026-03-02)
///
/// An item's further lines are indented by two spaces. A NOTE not in this form is one note.
enum VCardNoteSections {
    /// What a NOTE holds.
    struct Content: Equatable {
        var needs: [ImportedNeed] = []
        var offers: [ImportedText] = []
        var knows: [ImportedText] = []
        var notes: [ImportedText] = []
    }

    enum Heading: String, CaseIterable {
        case needs = "Needs:"
        case solved = "Solved needs:"
        case offers = "Can solve:"
        case knows = "Knows:"
        case notes = "Notes:"
    }

    /// The NOTE text for a contact, or nil when there is nothing to carry.
    static func format(_ contact: Contact) -> String? {
        var lines: [String] = []
        func section(_ heading: Heading, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append(heading.rawValue)
            lines += items.map { "- " + $0.replacingOccurrences(of: "\n", with: "\n  ") }
        }
        section(.needs, contact.needs.filter(\.isOpen).map { "\($0.text) (\($0.recorded))" })
        section(
            .solved,
            contact.needs.compactMap { need in
                guard let solved = need.solved else { return nil }
                let by = need.solvedBy.map { " by \($0)" } ?? ""
                return "\(need.text) (\(need.recorded), solved \(solved)\(by))"
            })
        section(.offers, contact.offers.map { "\($0.text) (\($0.recorded))" })
        section(.knows, contact.knows.map { "\($0.text) (\($0.recorded))" })
        section(.notes, contact.notes.map { "\($0.text) (\($0.recorded))" })
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// The content of a NOTE: its sections when it is in kith's form, else one note.
    static func parse(_ text: String) -> Content {
        if let content = parseSections(text) { return content }
        var content = Content()
        let trimmed = text.trimmedSpace
        if !trimmed.isEmpty { content.notes = [ImportedText(trimmed)] }
        return content
    }

    static func parseSections(_ text: String) -> Content? {
        var items: [(Heading, String)] = []
        var heading: Heading?
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            if line.isEmpty { continue }
            if let next = Heading(rawValue: String(line)) {
                heading = next
            } else if line.hasPrefix("- "), let heading {
                items.append((heading, String(line.dropFirst(2))))
            } else if line.hasPrefix("  "), let last = items.popLast() {
                items.append((last.0, last.1 + "\n" + line.dropFirst(2)))
            } else {
                return nil
            }
        }
        guard heading != nil else { return nil }
        var content = Content()
        for (heading, item) in items {
            let dated = DatedSuffix.split(item)
            switch heading {
            case .needs: content.needs.append(ImportedNeed(dated.text, recorded: dated.recorded))
            case .solved:
                content.needs.append(
                    ImportedNeed(
                        dated.text, recorded: dated.recorded, solved: dated.solved, solvedBy: dated.solvedBy))
            case .offers: content.offers.append(ImportedText(dated.text, recorded: dated.recorded))
            case .knows: content.knows.append(ImportedText(dated.text, recorded: dated.recorded))
            case .notes: content.notes.append(ImportedText(dated.text, recorded: dated.recorded))
            }
        }
        return content
    }
}

/// The ` (2026-03-02, solved 2026-04-01 by Ana)` suffix of an item in kith's NOTE form.
enum DatedSuffix {
    struct Parts {
        var text: String
        var recorded: Day?
        var solved: Day?
        var solvedBy: String?
    }

    static func split(_ item: String) -> Parts {
        guard item.hasSuffix(")") else { return Parts(text: item) }
        var searchEnd = item.endIndex
        while let open = item.range(of: " (", options: .backwards, range: item.startIndex..<searchEnd) {
            let inner = item[open.upperBound..<item.index(before: item.endIndex)]
            if var parts = parseInner(inner) {
                parts.text = String(item[..<open.lowerBound])
                return parts
            }
            searchEnd = open.lowerBound
        }
        return Parts(text: item)
    }

    static func parseInner(_ inner: Substring) -> Parts? {
        guard let recorded = Day(String(inner.prefix(10))) else { return nil }
        var parts = Parts(text: "", recorded: recorded)
        var rest = inner.dropFirst(10)
        if rest.isEmpty { return parts }
        guard rest.hasPrefix(", solved "), let solved = Day(String(rest.dropFirst(9).prefix(10))) else { return nil }
        parts.solved = solved
        rest = rest.dropFirst(19)
        if rest.isEmpty { return parts }
        guard rest.hasPrefix(" by "), rest.count > 4 else { return nil }
        parts.solvedBy = String(rest.dropFirst(4))
        return parts
    }
}
