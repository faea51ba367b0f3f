import Testing

@testable import KithCore

@Suite("Pair and me rules")
struct PairRuleTests {
    typealias F = RuleFixtures

    static func ana() -> Contact {
        var a = F.contact("a", "Ana", interactions: [(-20, .met)])
        a.needs = [Need("a tax adviser", recorded: F.day(-10))]
        a.offers = [DatedText("web design", recorded: F.day(-10))]
        return a
    }

    static func ben() -> Contact {
        var b = F.contact("b", "Ben", interactions: [(-20, .met)])
        b.offers = [DatedText("tax adviser for freelancers", recorded: F.day(-10))]
        b.needs = [Need("a new web design", recorded: F.day(-5))]
        return b
    }

    @Test func oneIntroductionPerPairEvenWhenBothNeedEachOther() throws {
        let rules = try F.only("introduce-both-ways")
        let found = F.run(Network(contacts: [Self.ana(), Self.ben()]), rules)
        #expect(found.count == 1)
        #expect(Set(found[0].contactIDs) == ["a", "b"])
        #expect(found[0].step == .introduce)
        #expect(found[0].why.contains("introduce them both ways"))
        // The same pair in the other store order gives the same action.
        let reversed = F.run(Network(contacts: [Self.ben(), Self.ana()]), rules)
        #expect(reversed.map(\.id) == found.map(\.id))
    }

    @Test func introductionTextAndNotAgainOnceMade() throws {
        let rules = try F.only("introduce-both-ways", "check-in-after-introduction")
        var b = Self.ben()
        b.needs = []
        var net = Network(contacts: [Self.ana(), b])
        let found = F.run(net, rules)
        #expect(
            found.map(\.text) == [
                "Introduce Ana and Ben: Ana needs a tax adviser, Ben offers 'tax adviser for freelancers'. Send each one the other's details."
            ])
        net.markDone(found[0], note: nil, today: F.today)
        #expect(net.introductions.count == 1)
        #expect(net.introductions[0].made == F.today)
        #expect(net.contacts.allSatisfy { $0.interactions.last?.kind == .introduction })
        #expect(net.introductions(involving: "b").count == 1)
        #expect(F.run(net, rules).isEmpty)
        // A week later the check-in rule asks how it went; done records the outcome.
        let later = F.day(7)
        let checkIns = F.run(net, rules, today: later)
        #expect(checkIns.map(\.ruleID) == ["check-in-after-introduction"])
        net.markDone(checkIns[0], note: "they signed", today: later)
        #expect(net.introductions[0].followedUp == later)
        #expect(net.introductions[0].outcome == "they signed")
        #expect(F.run(net, rules, today: F.day(60)).isEmpty)
    }

    @Test func doubleOptInIsThreeSeparateSteps() throws {
        let rules = try F.only("introduce-both-ways")
        var b = Self.ben()
        b.needs = []
        var net = Network(contacts: [Self.ana(), b])
        net.setIntroductionStyle(.doubleOptIn)
        var ids: [String] = []
        for expected in [IntroductionStep.askFirst, .askSecond, .connect] {
            let found = F.run(net, rules)
            #expect(found.map(\.step) == [expected])
            guard let action = found.first else { return }
            ids.append(action.id)
            net.markDone(action, note: nil, today: F.today)
        }
        #expect(Set(ids).count == 3)
        #expect(net.introductions.count == 1)
        #expect(net.introductions[0].askedFirst == F.today && net.introductions[0].askedSecond == F.today)
        #expect(net.introductions[0].made == F.today)
        #expect(F.run(net, rules).isEmpty)
    }

    @Test func pairRulesUseTheFinder() throws {
        struct Finder: NeedSolverFinding {
            func solvers(for need: String, excluding: ContactID?) -> [SolverHit] {
                need == "a tax adviser" ? [SolverHit(contactID: "c", reason: "knows taxes", score: 0.9)] : []
            }
        }
        let rules = try F.only("introduce-both-ways")
        let net = Network(contacts: [Self.ana(), Self.ben(), F.contact("c", "Cy")])
        let found = actions(for: net, today: F.today, rules: rules, finder: Finder())
        #expect(found.map(\.contactIDs) == [["a", "c"]])
    }

    @Test func askWhoTheyKnowOnlyWithoutADirectSolver() throws {
        let rules = try F.only("ask-who-they-know")
        var a = F.contact("a", "Ana")
        a.needs = [Need("a lawyer for contracts", recorded: F.day(-3))]
        var c = F.contact("c", "Cy")
        c.role = "Contracts manager"
        let found = F.run(Network(contacts: [a, c]), rules)
        #expect(
            found.map(\.text) == [
                "Ask Cy, who works as 'Contracts manager', whether they know someone who can help Ana with a lawyer for contracts."
            ])
        var solver = F.contact("d", "Di")
        solver.offers = [DatedText("contracts lawyer", recorded: F.day(-1))]
        #expect(F.run(Network(contacts: [a, c, solver]), rules).isEmpty)
    }

    @Test func askForHelpWithMyOwnNeeds() throws {
        let rules = try F.only("ask-for-help")
        var net = Network(contacts: [Self.ben()])
        #expect(F.run(net, rules).isEmpty)
        try net.addMyNeed("tax adviser", today: F.day(-1))
        let found = F.run(net, rules)
        #expect(found.map(\.text) == ["Ask Ben for help with tax adviser (Ben offers 'tax adviser for freelancers')."])
        try net.solveMyNeed("tax", by: "Ben", today: F.today)
        #expect(F.run(net, rules).isEmpty)
        #expect(throws: ActionError.self) { try net.solveMyNeed("nothing like it", by: nil, today: F.today) }
    }
}
