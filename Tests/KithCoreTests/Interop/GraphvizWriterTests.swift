import Testing

@testable import KithCore

@Suite struct GraphvizWriterTests {
    let day = Day(year: 2026, month: 3, day: 2)!

    func network() -> Network {
        var ana = Contact(id: "b-ana", name: "Ana \"the fixer\" Ruiz", added: day)
        ana.company = "Back\\slash Co"
        ana.knows = [
            Acquaintance("Ben", recorded: day, contactID: "a-ben"),
            Acquaintance("Dr. Ortiz, a chiropractor", recorded: day),
            Acquaintance("Someone gone", recorded: day, contactID: "deleted"),
        ]
        var ben = Contact(id: "a-ben", name: "Ben Li", added: day)
        ben.knows = [
            Acquaintance("Ana", recorded: day, contactID: "b-ana"),
            Acquaintance("dr. ortiz, A CHIROPRACTOR", recorded: day),
        ]
        let cy = Contact(id: "c-cy", name: "Cy\nNewline", added: day)
        return Network(contacts: [ana, ben, cy])
    }

    @Test func structureAndOrder() {
        let intros = [IntroductionEdge("a-ben", "c-cy", date: day), IntroductionEdge("a-ben", "nobody", date: day)]
        let dot = GraphvizWriter.graph(for: network(), introductions: intros)
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.first == "graph kith {")
        #expect(lines.last == "}")
        // A free-text person shared by two contacts is one node, labelled as the first
        // contact (by id) wrote it.
        let body = lines.filter { $0.hasPrefix("  \"") }
        #expect(
            body == [
                #"  "c:a-ben" [label="Ben Li"];"#,
                #"  "c:b-ana" [label="Ana \"the fixer\" Ruiz\nBack\\slash Co"];"#,
                #"  "c:c-cy" [label="Cy\nNewline"];"#,
                ##"  "t:dr. ortiz, a chiropractor" [label="dr. ortiz, A CHIROPRACTOR", shape=ellipse, style=filled, fillcolor="#eeeeee", color=grey, fontcolor=grey40, fontsize=9];"##,
                ##"  "t:someone gone" [label="Someone gone", shape=ellipse, style=filled, fillcolor="#eeeeee", color=grey, fontcolor=grey40, fontsize=9];"##,
                #"  "c:a-ben" -- "c:b-ana";"#,
                #"  "c:a-ben" -- "t:dr. ortiz, a chiropractor" [color=grey];"#,
                #"  "c:b-ana" -- "t:dr. ortiz, a chiropractor" [color=grey];"#,
                #"  "c:b-ana" -- "t:someone gone" [color=grey];"#,
                #"  "c:a-ben" -- "c:c-cy" [style=dashed, color=blue, fontcolor=blue, label="2026-03-02"];"#,
            ])
    }

    @Test func sameNetworkInAnotherOrderGivesTheSameFile() {
        let net = network()
        let reversed = Network(contacts: net.contacts.reversed())
        #expect(GraphvizWriter.graph(for: net) == GraphvizWriter.graph(for: reversed))
    }

    @Test func escaping() {
        #expect(DOTEscaping.quoted(#"a"b\c"# + "\nd") == #""a\"b\\c\nd""#)
    }
}
