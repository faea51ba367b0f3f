import KithCore
import Testing

/// In a debrief, "who do they know?" links a lone first name to the one contact who has it.
@Suite struct FirstNameLinkTests {
    let day = Day(year: 2026, month: 11, day: 1)!

    func debrief(knows: [String], in network: inout Network) -> Contact? {
        var record = DebriefRecord(name: "Luis Pardo")
        record.knows = knows
        var ids = ContactIDGenerator(random: { 99 })
        let outcome = network.apply(record, to: nil, today: day, ids: &ids)
        return network.contact(id: outcome.contactID)
    }

    @Test func aFirstNameOnlyOneContactHasLinksToThem() {
        var network = Network(contacts: [
            Contact(id: "p", name: "Pedro Gil", added: day), Contact(id: "a", name: "Ana Ruiz", added: day),
        ])
        let luis = debrief(knows: ["Pedro, a lawyer", "ana", "Pedro Gil"], in: &network)
        #expect(luis?.knows.map(\.contactID) == ["p", "a", "p"])
    }

    @Test func aSharedOrUnknownFirstNameOrALongerTextLinksNobody() {
        var network = Network(contacts: [
            Contact(id: "p", name: "Pedro Gil", added: day), Contact(id: "q", name: "Pedro Sanz", added: day),
        ])
        let luis = debrief(knows: ["Pedro", "Marta", "a lawyer called Pedro"], in: &network)
        #expect(luis?.knows.map(\.contactID) == [nil, nil, nil])
    }

    @Test func importsDoNotGuessFromFirstNames() {
        var network = Network(contacts: [Contact(id: "p", name: "Pedro Gil", added: day)])
        var other = Contact(id: "x", name: "Xavi", added: day)
        other.knows = [Acquaintance("Pedro", recorded: day)]
        network.contacts.append(other)
        network.linkAcquaintances()
        #expect(network.contact(id: "x")?.knows.first?.contactID == nil)
    }
}
