/// An action text with `{placeholder}`s filled from the subject's facts.
///
/// Placeholders are any fact the rule's generator offers, plus `{days}` (the generator's main
/// day count, e.g. days since the last interaction). `{{` and `}}` write literal braces.
package struct ActionTemplate: Hashable, Sendable {
    enum Part: Hashable, Sendable {
        case text(String)
        case fact(Fact)
        /// The generator's day count as words: "today", "yesterday", "12 days ago".
        case ago(Fact)
    }

    public let source: String
    let parts: [Part]

    /// Parses `source`; the error text says which placeholder is wrong.
    init(_ source: String, generator: RuleGenerator) throws(TemplateError) {
        self.source = source
        let allowed = Set(Fact.catalogue(for: generator))
        var parts: [Part] = []
        var literal = ""
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            let next = source.index(after: index)
            if character == "{" || character == "}", next < source.endIndex, source[next] == character {
                literal.append(character)
                index = source.index(after: next)
                continue
            }
            if character == "}" {
                throw TemplateError(message: "a '}' without a matching '{' (write '}}' for a brace)")
            }
            guard character == "{" else {
                literal.append(character)
                index = next
                continue
            }
            guard let close = source[next...].firstIndex(of: "}") else {
                throw TemplateError(message: "a '{' that is never closed (write '{{' for a brace)")
            }
            let name = String(source[next..<close])
            let fact: Fact
            if name == "ago" {
                if !literal.isEmpty {
                    parts.append(.text(literal))
                    literal = ""
                }
                parts.append(.ago(generator.daysFact))
                index = source.index(after: close)
                continue
            } else if name == "days" {
                fact = generator.daysFact
            } else if let known = Fact(rawValue: name), allowed.contains(known) {
                fact = known
            } else {
                let names = (["days", "ago"] + allowed.map(\.rawValue)).sorted().joined(separator: ", ")
                throw TemplateError(
                    message: "unknown placeholder {\(name)} for generator \(generator.rawValue); known: \(names)")
            }
            if !literal.isEmpty {
                parts.append(.text(literal))
                literal = ""
            }
            parts.append(.fact(fact))
            index = source.index(after: close)
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
    }

    /// The text with every placeholder replaced; an unknown value becomes "?". Tier names are
    /// worded by `tiers` (a user's own tier keeps its name).
    func render<S: FactSource>(_ source: S, wording: AgoWording = .english, tiers: TierWording = .english) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let t): out += t
            case .fact(let f):
                out +=
                    source.value(of: f).map { value in
                        if case .list(let l) = value { return l.joined(separator: ", ") }
                        if f == .tier, case .text(let name) = value { return tiers.name(name) }
                        return value.description
                    } ?? "?"
            case .ago(let f):
                guard case .number(let days)? = source.value(of: f) else {
                    out += "?"
                    continue
                }
                out += wording.words(days)
            }
        }
        return out
    }
}

/// Why a template could not be read.
struct TemplateError: Error {
    let message: String
}
