import Foundation
import Testing

@testable import KithCore

/// The calendar dates actions, uncovered promises and coming reconnects; whether a reconnect
/// is already suggested is the rule's generator's to say, not its id's.
@Suite("Calendar plan")
struct CalendarPlanTests {
    private func network() -> Network {
        var network = Network()
        // Dana was last in touch 85 days ago: her regular tier's 90 days fall in 5 days.
        let dana = RuleFixtures.contact("d", "Dana", interactions: [(-85, .met)])
        // Eva is overdue: a reconnect rule suggests her today.
        let eva = RuleFixtures.contact("e", "Eva", interactions: [(-100, .met)])
        var ana = RuleFixtures.contact("a", "Ana", interactions: [(-2, .met)])
        ana.promises = [Promise("send the slides", recorded: RuleFixtures.day(-2))]
        network.contacts = [dana, eva, ana]
        return network
    }

    private func entries(_ rules: RuleSet, days: Int = 14) -> [CalendarPlan.Entry] {
        let network = network()
        let matches = ActionMatches(
            network: network, today: RuleFixtures.today, rules: rules,
            finder: TokenOverlapFinder(network: network))
        return CalendarPlan.entries(
            matches, network: network, today: RuleFixtures.today,
            through: RuleFixtures.today.adding(days: days))
    }

    private func reconnects(_ entries: [CalendarPlan.Entry]) -> [String: Day] {
        var found: [String: Day] = [:]
        for case .reconnect(let contact, let due, _, _, _) in entries { found[contact.name] = due }
        return found
    }

    @Test func reconnectRulesCoverTheirPeopleAndOthersGetTheirCadenceDay() throws {
        let entries = entries(try RuleFixtures.only("reconnect", "keep-your-promise"))
        let actions = entries.compactMap { entry -> SuggestedAction? in
            if case .action(let action, _) = entry { return action }
            return nil
        }
        #expect(actions.contains { $0.ruleID == "reconnect" && $0.contactNames == ["Eva"] })
        #expect(reconnects(entries) == ["Dana": RuleFixtures.day(5)])
        // The promise rule covers Ana's promise: no second entry for it.
        #expect(!entries.contains { if case .promise = $0 { return true } else { return false } })
        #expect(actions.allSatisfy { !$0.why.isEmpty })
    }

    @Test func aRuleNamedLikeAReconnectButOfAnotherGeneratorCoversNobody() throws {
        let user = #"""
            {"schemaVersion": 1, "rules": [{"id": "reconnect-soon", "title": "t", "description": "d", "idea": "i",
              "appliesTo": "contact", "conditions": {"fact": "daysSinceLastInteraction", "operator": "atLeast", "value": 0},
              "action": "Write to {name}.", "priority": 1, "cooldownDays": 1, "logAs": "message"}]}
            """#
        let load = RuleLoader.load(defaults: RuleFixtures.shippedDefaults, user: (Data(user.utf8), "my-rules.json"))
        #expect(load.problems.isEmpty, "\(load.problems)")
        let rules = RuleSet(rules: load.rules.rules.filter { $0.id == "reconnect-soon" })
        #expect(rules["reconnect-soon"]?.generator == .eachContact)
        #expect(reconnects(entries(rules)) == ["Dana": RuleFixtures.day(5)])
    }

    @Test func openPromisesNoActionCoversAreDatedToday() throws {
        let entries = entries(try RuleFixtures.only("share-a-meal"), days: 0)
        let promises = entries.compactMap { entry -> String? in
            if case .promise(let contact, let promise, _) = entry { return "\(contact.name): \(promise.text)" }
            return nil
        }
        #expect(promises == ["Ana: send the slides"])
        #expect(reconnects(entries).isEmpty, "Dana's day is outside a 0-day window")
    }
}
