import Foundation
import Testing

@testable import KithCore

/// The benchmark's network generator: deterministic, the right size, and internally consistent.
struct SyntheticNetworkTests {
    let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_500)

    @Test func sameSeedGivesTheSameNetwork() {
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        let a = SyntheticNetwork.make(size: 200, seed: 7, today: today, knowledge: knowledge)
        let b = SyntheticNetwork.make(size: 200, seed: 7, today: today, knowledge: knowledge)
        #expect(a == b)
        let c = SyntheticNetwork.make(size: 200, seed: 8, today: today, knowledge: knowledge)
        #expect(a != c)
    }

    @Test(arguments: [0, 1, 2, 300])
    func hasTheSizeAskedFor(size: Int) {
        let network = SyntheticNetwork.make(size: size, seed: 1, today: today, knowledge: .empty)
        #expect(network.contacts.count == size)
        #expect(Set(network.contacts.map(\.id)).count == size)
    }

    @Test func negativeSizeGivesAnEmptyNetwork() {
        #expect(SyntheticNetwork.make(size: -5, seed: 1, today: today, knowledge: .empty).contacts.isEmpty)
    }

    @Test func contactsAreRealisticAndConsistent() throws {
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        let network = SyntheticNetwork.make(size: 500, seed: 42, today: today, knowledge: knowledge)
        let ids = Set(network.contacts.map(\.id))
        let needTerms = Set(knowledge.concepts.flatMap { $0.needs.all })
        let twoYearsAgo = today.adding(days: -740)
        for contact in network.contacts {
            #expect(!contact.offers.isEmpty)
            #expect(contact.interactions.count >= 2)
            #expect(contact.interactions.first?.kind == .met)
            #expect(contact.interactions.map(\.date) == contact.interactions.map(\.date).sorted())
            #expect(contact.interactions.allSatisfy { $0.date >= twoYearsAgo && $0.date <= today })
            #expect(contact.needs.allSatisfy { needTerms.contains($0.text) })
            for known in contact.knows { if let id = known.contactID { #expect(ids.contains(id) && id != contact.id) } }
            if let birthday = contact.birthday { #expect(Birthday.isValid(birthday)) }
        }
        #expect(network.contacts.contains { !$0.promises.isEmpty })
        #expect(network.contacts.contains { !$0.notes.isEmpty })
        #expect(network.contacts.contains { !$0.tags.isEmpty })
        #expect(network.contacts.contains { $0.knows.contains { $0.contactID != nil } })
        #expect(
            network.contacts.contains { $0.needs.contains { TextFolding.fold($0.text) != $0.text.lowercased() } },
            "some needs are in Spanish with accents")
    }

    @Test func survivesASaveAndLoad() throws {
        let network = SyntheticNetwork.make(size: 50, seed: 3, today: today, knowledge: .empty)
        let data = try StoreCodec.encode(network)
        #expect(try StoreCodec.decode(data, path: "store.json", backup: "store.json.bak") == network)
    }

    @Test func splitMixIsStable() {
        var random = SplitMix64(seed: 0)
        // Reference values of SplitMix64 for seed 0.
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect((0..<100).allSatisfy { _ in random.below(7) < 7 })
    }
}
