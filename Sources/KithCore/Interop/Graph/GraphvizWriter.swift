/// Writes the network as a Graphviz DOT graph for `kith graph`.
///
/// Contacts are boxes (name, and company on a second line). A `knows` item that names a contact
/// is a solid edge between the two; a free-text one is a small grey node joined by a grey edge
/// (people who know the same free-text person share its node). Introductions are dashed blue
/// edges labelled with their day. Output order is fixed (by contact id, then text), so the same
/// network always gives the same file.
package enum GraphvizWriter {
    package static func graph(for network: Network, introductions: [IntroductionEdge] = []) -> String {
        let contacts = network.contacts.sorted { $0.id < $1.id }
        let ids = Set(contacts.map(\.id))
        var lines = [
            "graph kith {",
            "  graph [overlap=false, splines=true];",
            "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
            "  edge [color=\"#444444\"];",
        ]
        for contact in contacts {
            var label = contact.name
            if let company = contact.company, !company.isEmpty { label += "\n" + company }
            lines.append("  \(node(contact.id)) [label=\(DOTEscaping.quoted(label))];")
        }
        var people: Set<[ContactID]> = []
        var texts: [String: String] = [:]
        var textEdges: Set<[String]> = []
        for contact in contacts {
            for known in contact.knows {
                if let other = known.contactID, ids.contains(other) {
                    if other != contact.id { people.insert([contact.id, other].sorted()) }
                } else {
                    let key = TextFolding.fold(known.text)
                    guard !key.isEmpty else { continue }
                    if texts[key] == nil { texts[key] = known.text }
                    textEdges.insert([contact.id, key])
                }
            }
        }
        for key in texts.keys.sorted() {
            let label = DOTEscaping.quoted(texts[key] ?? key)
            lines.append(
                "  \(textNode(key)) [label=\(label), shape=ellipse, style=filled, fillcolor=\"#eeeeee\", color=grey, fontcolor=grey40, fontsize=9];"
            )
        }
        for pair in people.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            lines.append("  \(node(pair[0])) -- \(node(pair[1]));")
        }
        for edge in textEdges.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            lines.append("  \(node(edge[0])) -- \(textNode(edge[1])) [color=grey];")
        }
        let shown = introductions.filter { ids.contains($0.first) && ids.contains($0.second) }
            .sorted { ($0.date.description, $0.first, $0.second) < ($1.date.description, $1.first, $1.second) }
        for intro in shown {
            lines.append(
                "  \(node(intro.first)) -- \(node(intro.second)) [style=dashed, color=blue, fontcolor=blue, label=\(DOTEscaping.quoted(intro.date.description))];"
            )
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func node(_ id: ContactID) -> String { DOTEscaping.quoted("c:" + id) }
    static func textNode(_ key: String) -> String { DOTEscaping.quoted("t:" + key) }
}
