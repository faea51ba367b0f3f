import Foundation
import Testing

@testable import KithCore

/// The shell keeps the matching index across changes that leave every searchable text as it
/// was; any change to what is indexed must make it rebuild.
struct IndexReuseTests {
    let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_500)

    private func network() -> Network {
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        return SyntheticNetwork.make(size: 60, seed: 9, today: today, knowledge: knowledge)
    }

    @Test func servesANetworkWithOnlyHistoryPromisesAndLogChanged() {
        let base = network()
        let index = MatchIndex(network: base, knowledge: MatchingFixtures.shippedKnowledge().0)
        var changed = base
        changed.contacts[3].interactions.append(Interaction(date: today, kind: .meal))
        changed.contacts[4].promises.append(Promise("send the deck", recorded: today))
        changed.actionLog.append(
            ActionLogEntry(id: "abc123", key: "k", ruleID: "r", state: .done, on: today, until: nil))
        #expect(index.serves(base))
        #expect(index.serves(changed))
    }

    @Test func doesNotServeANetworkWhoseSearchableTextChanged() {
        let base = network()
        let index = MatchIndex(network: base, knowledge: MatchingFixtures.shippedKnowledge().0)
        var changes: [(inout Network) -> Void] = [
            { $0.contacts[2].offers.append(DatedText("tax advice", recorded: today)) },
            { $0.contacts[2].name += " Jr." },
            { $0.contacts[2].role = "plumber" },
            { $0.contacts[2].tags.append("golf") },
            { $0.contacts[2].notes.append(DatedText("loves sailing", recorded: today)) },
            { $0.contacts[2].needs.append(Need("a lawyer", recorded: today)) },
            { $0.contacts.swapAt(0, 1) },
            { $0.contacts.removeLast() },
        ]
        if !base.contacts[5].needs.isEmpty { changes.append { $0.contacts[5].needs[0].solved = today } }
        for change in changes {
            var changed = base
            change(&changed)
            #expect(!index.serves(changed))
        }
    }
}
