import Foundation
import Testing

@testable import KithCore

@Suite("Action state and explanations")
struct ActionStateTests {
    typealias F = RuleFixtures

    static func roundTrip(_ network: Network) throws -> Network {
        try StoreCodec.decode(try StoreCodec.encode(network), path: "store.json", backup: "store.json.bak")
    }

    static func mealNetwork() -> Network {
        Network(contacts: [F.contact("a", "Ana", interactions: [(-20, .met), (-10, .call)])])
    }

    @Test func idsAreShortAndStableAcrossRuns() throws {
        let rules = try F.shippedRules()
        let first = F.run(Self.mealNetwork(), rules)
        let second = F.run(try Self.roundTrip(Self.mealNetwork()), rules)
        #expect(first.map(\.id) == second.map(\.id))
        #expect(first.allSatisfy { $0.id.count == 6 && $0.id.allSatisfy { $0.isLetter || $0.isNumber } })
        #expect(ActionID.make("share-a-meal|a") == ActionID.make("share-a-meal|a"))
        #expect(ActionID.make("share-a-meal|a") != ActionID.make("share-a-meal|b"))
    }

    @Test func doneIsLoggedPersistsAndWaitsForTheCooldown() throws {
        let rules = try F.only("share-a-meal")
        var net = Self.mealNetwork()
        let action = try #require(F.run(net, rules).first)
        let done = try net.markDone(
            actionID: action.id.uppercased(), note: "asked for Thursday", today: F.today,
            rules: rules, finder: TokenOverlapFinder(network: net))
        #expect(done.id == action.id)
        #expect(
            net.contacts[0].interactions.last == Interaction(date: F.today, kind: .message, note: "asked for Thursday"))
        net = try Self.roundTrip(net)
        #expect(net.actionLog.map(\.state) == [.done])
        #expect(F.run(net, rules).isEmpty)
        #expect(F.run(net, rules, today: F.day(29)).isEmpty)
        #expect(F.run(net, rules, today: F.day(30)).map(\.id) == [action.id])
        let hidden = allActions(for: net, today: F.day(1), rules: rules, finder: TokenOverlapFinder(network: net))
        #expect(hidden.first?.status == .done(on: F.today, hiddenUntil: F.day(30)))
    }

    @Test func snoozeHidesUntilTheDayAndMustBeLater() throws {
        let rules = try F.only("share-a-meal")
        var net = Self.mealNetwork()
        let action = try #require(F.run(net, rules).first)
        #expect(throws: ActionError.snoozeNotLater(until: F.today, today: F.today)) {
            try net.snooze(action, until: F.today, today: F.today)
        }
        try net.snooze(action, until: F.day(3), today: F.today)
        net = try Self.roundTrip(net)
        #expect(F.run(net, rules, today: F.day(2)).isEmpty)
        #expect(F.run(net, rules, today: F.day(3)).count == 1)
        #expect(net.contacts[0].interactions.count == 2)
    }

    @Test func dismissHidesForTheCooldown() throws {
        let rules = try F.only("share-a-meal")
        var net = Self.mealNetwork()
        try net.dismiss(
            actionID: try #require(F.run(net, rules).first).id, today: F.today, rules: rules,
            finder: TokenOverlapFinder(network: net))
        net = try Self.roundTrip(net)
        #expect(F.run(net, rules, today: F.day(10)).isEmpty)
        #expect(F.run(net, rules, today: F.day(30)).count == 1)
    }

    @Test func unknownActionIDIsAnError() throws {
        var net = Self.mealNetwork()
        #expect(throws: ActionError.unknownAction("zzzzzz")) {
            try net.markDone(
                actionID: "zzzzzz", note: nil, today: F.today, rules: try F.shippedRules(),
                finder: TokenOverlapFinder(network: net))
        }
    }

    @Test func whyNamesTheRuleAndTheValuesSeen() throws {
        let rules = try F.only("reconnect")
        let net = Network(contacts: [F.contact("a", "Ana", interactions: [(-97, .meal)])])
        let action = try #require(F.run(net, rules).first)
        #expect(action.explanation.ruleID == "reconnect")
        #expect(
            action.explanation.matched == [
                "interactionCount = 1 ≥ 1",
                "daysSinceLastInteraction = 97 ≥ cadence.idealDays (90)",
                "daysSinceLastInteraction = 97 < cadence.maximumDays (120)",
            ])
        #expect(action.why.hasPrefix("Rule reconnect (Reconnect), from the idea: Keep in touch on a cadence"))
        #expect(action.why.contains("daysSinceLastInteraction = 97 ≥ cadence.idealDays (90)"))
    }

    @Test func explanationOfNotAnyAndDaysSince() throws {
        let json =
            #"{"schemaVersion": 1, "rules": [{"id": "x", "title": "X", "idea": "I", "appliesTo": "contact", "action": "Hi {name}, {days} days, {tags}, {{literal}}", "priority": 1, "cooldownDays": 1, "conditions": {"all": [{"any": [{"fact": "role", "operator": "matches", "value": "^c.o$"}, {"fact": "tags", "operator": "contains", "value": "VIP"}]}, {"not": {"fact": "mealCount", "operator": "atLeast", "value": 1}}, {"fact": "lastInteraction", "operator": "daysSinceAtLeast", "value": 5}, {"fact": "needs.open", "operator": "isEmpty"}]}}]}"#
        let load = RuleLoader.load(defaults: (Data(json.utf8), "test.json"), user: nil)
        #expect(load.problems.isEmpty)
        var a = F.contact("a", "Ana", interactions: [(-6, .call)])
        a.role = "CTO"
        a.tags = ["vip", "tech"]
        let action = try #require(F.run(Network(contacts: [a]), load.rules).first)
        #expect(action.text == "Hi Ana, 6 days, vip, tech, {literal}")
        #expect(
            action.explanation.matched == [
                "role = 'CTO' matches /^c.o$/",
                "tags = [vip, tech] contains 'VIP'",
                "not (mealCount = 0 ≥ 1)",
                "lastInteraction = \(F.day(-6)), 6 days ago ≥ 5",
                "needs.open = [] is empty",
            ])
        a.role = "Designer"
        a.tags = []
        #expect(F.run(Network(contacts: [a]), load.rules).isEmpty)
    }

    @Test func oldStoresLoadAndNewFieldsRoundTrip() throws {
        let old = #"{"schemaVersion": 1, "contacts": [], "futureField": 1}"#
        let net = try StoreCodec.decode(Data(old.utf8), path: "s", backup: "b")
        #expect(
            net.me == Me() && net.introductions.isEmpty && net.actionLog.isEmpty && net.settings == NetworkSettings())
        var changed = net
        try changed.addMyOffer("web design", today: F.today)
        changed.setMyName("Sam")
        changed.setIntroductionStyle(.doubleOptIn)
        changed.introductions = [Introduction(first: "a", second: "b", why: "tax", suggested: F.today)]
        let back = try Self.roundTrip(changed)
        #expect(back == changed)
        #expect(back.unknownFields["futureField"] == .number(1))
    }

    @Test func editsReportUnknownContactsNeedsAndTiers() throws {
        var a = F.contact("a", "Ana García")
        a.needs = [Need("a tax adviser", recorded: F.day(-1)), Need("a tax form", recorded: F.day(-1))]
        var net = Network(contacts: [a, F.contact("b", "Anabel")])
        #expect(try net.resolveContact("ana garcia") == "a")
        #expect(throws: ActionError.self) { try net.resolveContact("ana") == "a" }
        #expect(throws: ActionError.unknownContact("Zed")) { try net.resolveContact("Zed") }
        #expect(throws: ActionError.self) { try net.solveNeed(contact: "a", need: "tax", by: nil, today: F.today) }
        try net.solveNeed(contact: "a", need: "adviser", by: "Ben", today: F.today)
        #expect(net.contacts[0].needs[0].solved == F.today && net.contacts[0].needs[0].solvedBy == "Ben")
        try net.setTier(contact: "a", tier: "close")
        #expect(net.effectiveTier(of: net.contacts[0]).cadence == CadenceTier(idealDays: 30, maximumDays: 45))
        #expect(throws: ActionError.self) { try net.setTier(contact: "a", tier: "bestie") }
        #expect(throws: ActionError.unknownContact("nobody")) {
            try net.logInteraction(contact: "nobody", kind: .call, note: nil, today: F.today)
        }
    }
}
