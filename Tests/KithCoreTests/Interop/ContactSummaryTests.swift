import Testing

@testable import KithCore

@Suite struct ContactSummaryTests {
    let met = Day(year: 2026, month: 3, day: 2)!
    let later = Day(year: 2026, month: 3, day: 3)!

    @Test func sectionsInOrderWithEscapedText() {
        var ben = Contact(id: "ben", name: "Ben Li", added: met)
        var ana = Contact(id: "ana", name: "Ana *Star* Ruiz", added: met)
        ana.company = "Ruiz_&_Co"
        ana.role = "CEO"
        ana.emails = ["ana@ruiz.example"]
        ana.tags = ["#climate"]
        ana.needs = [
            Need("a [seed] investor", recorded: met),
            Need("a designer", recorded: met, solved: later, solvedBy: "Ben Li"),
        ]
        ana.offers = [DatedText("- hiring advice\nand | tables", recorded: met)]
        ana.knows = [Acquaintance("Benny", recorded: met, contactID: "ben"), Acquaintance("Dr. Ortiz", recorded: met)]
        ana.interactions = [
            Interaction(date: later, kind: .followUp, note: "sent the deck"),
            Interaction(date: met, kind: .met, note: "Swift meetup <Berlin>"),
        ]
        ana.promises = [Promise("intro to Ben", recorded: met), Promise("kept one", recorded: met, kept: later)]
        ana.notes = [DatedText("1. likes tea", recorded: met)]
        ben.name = "Ben Li"
        let text = ContactSummary.markdown(
            for: ana, in: Network(contacts: [ana, ben]),
            extraSections: [.init("Pending actions", items: ["Follow up by 2026-03-04"]), .init("Empty", items: [])])
        #expect(
            text == ##"""
                # Ana \*Star\* Ruiz

                - **Company:** Ruiz\_&\_Co
                - **Role:** CEO
                - **E-mail:** ana@ruiz.example
                - **Tags:** \#climate
                - **Added:** 2026-03-02

                ## How you met

                - 2026-03-02 — met: Swift meetup \<Berlin\>

                ## What they need

                - a \[seed\] investor (since 2026-03-02)

                ## Needs solved

                - a designer (solved 2026-03-03 by Ben Li)

                ## What they can solve

                - \- hiring advice
                  and \| tables

                ## Who they know

                - Benny (Ben Li in kith)
                - Dr. Ortiz

                ## History

                - 2026-03-02 — met: Swift meetup \<Berlin\>
                - 2026-03-03 — follow-up: sent the deck

                ## Open promises

                - intro to Ben (promised 2026-03-02)

                ## Notes

                - 2026-03-02: 1\. likes tea

                ## Pending actions

                - Follow up by 2026-03-04

                """##)
    }
}
