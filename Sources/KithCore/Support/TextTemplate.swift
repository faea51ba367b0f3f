/// A text with `{name}` placeholders, split once into literal runs and placeholders so filling
/// it in is a few appends (no searching, no Foundation string replacement). A `{` without a
/// closing `}` is literal text; a placeholder without a value is kept as written.
struct TextTemplate: Hashable, Sendable {
    private enum Part: Hashable, Sendable {
        case literal(String)
        case placeholder(String)
    }

    private let parts: [Part]

    init(_ text: String) {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            if name.isEmpty || name.contains("{") {
                // Not a placeholder: keep the brace as text and go on after it.
                parts.append(.literal(String(rest[...open])))
                rest = rest[rest.index(after: open)...]
                continue
            }
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            parts.append(.placeholder(String(name)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        self.parts = parts
    }

    func fill(_ values: [String: String]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let text): out += text
            case .placeholder(let name): out += values[name] ?? "{\(name)}"
            }
        }
        return out
    }
}
