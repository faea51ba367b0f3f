import Foundation
import Testing

@testable import KithCore

/// Today's list is ranked with a top-k pass and texts are worked out only for what is shown:
/// on a large synthetic network, every shortcut must give what the full ranking gives.
@Suite("Action selection")
struct ActionSelectionTests {
    let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_500)

    private func fixture() throws -> (Network, RuleSet, MatchIndexFinder) {
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        var network = SyntheticNetwork.make(size: 400, seed: 3, today: today, knowledge: knowledge)
        let finder = MatchIndexFinder(index: MatchIndex(network: network, knowledge: knowledge), network: network)
        let rules = try RuleFixtures.shippedRules()
        // Hide a few actions so statuses matter.
        let all = allActions(for: network, today: today, rules: rules, finder: finder)
        try #require(all.count > 200)
        for action in all.prefix(3) { network.markDone(action, note: nil, today: today) }
        try network.snooze(all[5], until: today.adding(days: 3), today: today)
        network.dismiss(all[8], today: today)
        return (network, rules, finder)
    }

    @Test func theFirstActionsAreTheFullRankingsFirstOpenOnes() throws {
        let (network, rules, finder) = try fixture()
        let all = allActions(for: network, today: today, rules: rules, finder: finder)
        let open = all.filter { $0.status.isOpen }
        #expect(open.count < all.count)
        for limit in [0, 1, 7, 50] {
            let (shown, count) = actionsAndOpenCount(
                for: network, today: today, rules: rules, finder: finder, limit: limit)
            #expect(shown == Array(open.prefix(limit)))
            #expect(count == open.count)
        }
        #expect(actions(for: network, today: today, rules: rules, finder: finder) == open)
    }

    @Test func idsComeFromKeysAndAreUniqueAndFindable() throws {
        let (network, rules, finder) = try fixture()
        let all = allActions(for: network, today: today, rules: rules, finder: finder)
        #expect(Set(all.map(\.id)).count == all.count)
        #expect(Set(all.map(\.key)).count == all.count)
        for action in all {
            #expect(action.id == ActionID.make(action.key, length: action.id.count))
        }
        for action in all.shuffled().prefix(20) {
            let found = suggestedAction(
                id: action.id.uppercased(), for: network, today: today, rules: rules, finder: finder)
            #expect(found == action)
        }
        #expect(suggestedAction(id: "zzzzzz", for: network, today: today, rules: rules, finder: finder) == nil)
    }

    @Test func actionsAboutOneContactAreTheFullListFiltered() throws {
        let (network, rules, finder) = try fixture()
        let open = allActions(for: network, today: today, rules: rules, finder: finder).filter { $0.status.isOpen }
        for contact in network.contacts.prefix(25) {
            let expected = open.filter { $0.contactIDs.contains(contact.id) }
            let about = actions(
                for: network, today: today, rules: rules, finder: finder, limit: 3, involving: contact.id)
            #expect(about == Array(expected.prefix(3)))
        }
        #expect(actions(for: network, today: today, rules: rules, finder: finder, involving: "no-such-id").isEmpty)
    }

    @Test func hashingAKeyPieceByPieceEqualsHashingItWhole() {
        var hash = ActionID.offsetBasis
        for piece in ["introduce-both-ways#askFirst", "|", "ana", "|", "ben", "|", "dolor de espalda"] {
            ActionID.feed(&hash, piece)
        }
        #expect(hash == ActionID.hash("introduce-both-ways#askFirst|ana|ben|dolor de espalda"))
        #expect(
            ActionID.text(of: hash, length: 6) == ActionID.make("introduce-both-ways#askFirst|ana|ben|dolor de espalda")
        )
    }
}
