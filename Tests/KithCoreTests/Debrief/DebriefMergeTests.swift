import Testing

@testable import KithCore

@Suite struct DebriefMergeTests {
    private func ids() -> ContactIDGenerator {
        var next: UInt32 = 0
        return ContactIDGenerator {
            next += 1
            return next
        }
    }

    @Test func aNewPersonIsAddedWithADatedMeeting() throws {
        var network = Network()
        var generator = ids()
        var record = DebriefRecord(name: "Ana García")
        record.context = "meetup"
        record.needs = ["a designer", "A designer", "a DESÍGNER"]
        record.offers = ["tax advice"]
        record.notes = "likes tea"
        let outcome = network.apply(record, to: nil, today: day("2026-11-23"), ids: &generator)
        #expect(outcome == DebriefOutcome(contactID: "00000001", isNewContact: true, addedNeeds: 1, addedOffers: 1))
        let ana = try #require(network.contact(id: "00000001"))
        #expect(ana.added == day("2026-11-23"))
        #expect(ana.interactions == [Interaction(date: day("2026-11-23"), kind: .met, note: "meetup")])
        #expect(ana.needs == [Need("a designer", recorded: day("2026-11-23"))])
        #expect(ana.notes == [DatedText("likes tea", recorded: day("2026-11-23"))])
    }

    @Test func aKnownPersonGetsANewMeetingAndListsMergeWithoutDuplicates() throws {
        var network = Network()
        var generator = ids()
        var first = DebriefRecord(name: "José García")
        first.met = day("2026-10-01")
        first.needs = ["a bookkeeper"]
        first.offers = ["Logo design"]
        first.promises = ["send the article"]
        network.apply(first, to: nil, today: day("2026-10-01"), ids: &generator)

        var second = DebriefRecord(name: "jose garcia")
        second.context = "coffee"
        second.kind = .meal
        second.needs = ["A BOOKKEEPER", "a flat in Madrid"]
        second.offers = ["logo désign", "photography"]
        second.promises = ["Send the article"]
        let outcome = network.apply(second, to: "00000001", today: day("2026-11-23"), ids: &generator)
        #expect(!outcome.isNewContact)
        #expect(outcome.addedNeeds == 1)
        #expect(outcome.addedOffers == 1)
        #expect(outcome.addedPromises == 0)
        #expect(network.contacts.count == 1)
        let jose = try #require(network.contact(id: "00000001"))
        #expect(jose.name == "José García")
        #expect(jose.needs.map(\.text) == ["a bookkeeper", "a flat in Madrid"])
        #expect(jose.needs.map(\.recorded) == [day("2026-10-01"), day("2026-11-23")])
        #expect(jose.offers.map(\.text) == ["Logo design", "photography"])
        #expect(
            jose.interactions == [
                Interaction(date: day("2026-10-01"), kind: .met),
                Interaction(date: day("2026-11-23"), kind: .meal, note: "coffee"),
            ])
    }

    @Test func anEarlierMeetingIsSortedIntoTheHistory() throws {
        var network = Network()
        var generator = ids()
        network.apply(DebriefRecord(name: "Ana"), to: nil, today: day("2026-11-23"), ids: &generator)
        var earlier = DebriefRecord(name: "Ana")
        earlier.met = day("2026-01-05")
        network.apply(earlier, to: "00000001", today: day("2026-11-23"), ids: &generator)
        #expect(network.contacts[0].interactions.map(\.date) == [day("2026-01-05"), day("2026-11-23")])
    }

    @Test func whoTheyKnowIsLinkedToContactsByName() throws {
        var network = Network()
        var generator = ids()
        network.apply(DebriefRecord(name: "Luis Ruiz"), to: nil, today: day("2026-11-23"), ids: &generator)
        var record = DebriefRecord(name: "Ana")
        record.knows = ["luis ruiz, a chiropractor", "Someone Else"]
        network.apply(record, to: nil, today: day("2026-11-23"), ids: &generator)
        let ana = try #require(network.contact(id: "00000002"))
        #expect(ana.knows.map(\.contactID) == ["00000001", nil])
    }

    @Test func aMentionBeforeThePersonIsAddedIsLinkedLater() {
        var network = Network()
        var generator = ids()
        var record = DebriefRecord(name: "Ana")
        record.knows = ["Bea Soto - lawyer"]
        network.apply(record, to: nil, today: day("2026-11-23"), ids: &generator)
        network.apply(DebriefRecord(name: "Bea Soto"), to: nil, today: day("2026-11-23"), ids: &generator)
        #expect(network.contacts[0].knows[0].contactID == nil)
        network.linkAcquaintances()
        #expect(network.contacts[0].knows[0].contactID == "00000002")
    }

    @Test func newIDsAvoidTakenOnes() {
        var network = Network()
        network.contacts.append(Contact(id: "00000001", name: "Taken", added: day("2026-01-01")))
        var generator = ids()
        #expect(generator.next(avoiding: network) == "00000002")
        #expect(ContactIDGenerator { 0xABCDEF }.next(avoidingEmpty()) == "00abcdef")
    }

    private func avoidingEmpty() -> Network { Network() }
}

extension ContactIDGenerator {
    fileprivate func next(_ network: Network) -> ContactID {
        var copy = self
        return copy.next(avoiding: network)
    }
}
