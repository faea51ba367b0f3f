import Testing

@testable import KithCore

@Suite("Contact rules")
struct ContactRuleTests {
    typealias F = RuleFixtures

    @Test func sameDayFollowUpFiresForSomeoneMetYesterday() throws {
        let rules = try F.only("same-day-follow-up")
        let net = Network(contacts: [F.contact("a", "Ana", added: -1, interactions: [(-1, .met)])])
        let found = F.run(net, rules)
        #expect(found.map(\.ruleID) == ["same-day-follow-up"])
        #expect(found[0].text.hasPrefix("Send Ana a short e-mail"))
        #expect(found[0].contactNames == ["Ana"])
    }

    @Test func sameDayFollowUpQuietAfterFollowUpOrTwoDaysLater() throws {
        let rules = try F.only("same-day-follow-up")
        let followedUp = F.contact("a", "Ana", interactions: [(-1, .met), (0, .followUp)])
        let old = F.contact("b", "Ben", interactions: [(-2, .met)])
        let imported = F.contact("c", "Cy", added: 0)
        #expect(F.run(Network(contacts: [followedUp, old, imported]), rules).isEmpty)
    }

    @Test func askWhatTheyNeedAndLearnWhatTheySolve() throws {
        let rules = try F.only("ask-what-they-need", "learn-what-they-solve")
        var known = F.contact("b", "Ben", interactions: [(-3, .met)])
        known.needs = [Need("a plumber", recorded: F.day(-3))]
        known.offers = [DatedText("tax advice", recorded: F.day(-3))]
        let unknown = F.contact("a", "Ana", interactions: [(-3, .met)])
        let found = F.run(Network(contacts: [unknown, known]), rules)
        #expect(Set(found.map(\.ruleID)) == ["ask-what-they-need", "learn-what-they-solve"])
        #expect(found.allSatisfy { $0.contactIDs == ["a"] })
    }

    @Test func shareAMealNeedsTwoInteractionsAndNoMeal() throws {
        let rules = try F.only("share-a-meal")
        let two = F.contact("a", "Ana", interactions: [(-20, .met), (-10, .call)])
        let one = F.contact("b", "Ben", interactions: [(-20, .met)])
        let ate = F.contact("c", "Cy", interactions: [(-20, .met), (-10, .meal)])
        let found = F.run(Network(contacts: [two, one, ate]), rules)
        #expect(found.map(\.contactIDs) == [["a"]])
        #expect(found[0].text == "Invite Ana to lunch or dinner.")
    }

    @Test func reconnectCountsFromTheLastInteractionOfAnyKind() throws {
        let rules = try F.only("reconnect", "reconnect-overdue")
        let due = F.contact("a", "Ana", interactions: [(-200, .met), (-97, .meal)])
        let fresh = F.contact("b", "Ben", interactions: [(-200, .met), (-97, .meal), (-5, .followUp)])
        let overdue = F.contact("c", "Cy", interactions: [(-130, .call)])
        var close = F.contact("d", "Di", interactions: [(-35, .call)])
        close.tier = "close"
        let found = F.run(Network(contacts: [due, fresh, overdue, close]), rules)
        let byContact = Dictionary(uniqueKeysWithValues: found.map { ($0.contactIDs[0], $0) })
        #expect(byContact["a"]?.ruleID == "reconnect")
        #expect(byContact["b"] == nil)
        #expect(byContact["c"]?.ruleID == "reconnect-overdue")
        #expect(byContact["d"]?.ruleID == "reconnect")
        #expect(found.first?.ruleID == "reconnect-overdue")
        #expect(
            byContact["a"]?.text == "Catch up with Ana: 97 days since you were last in touch (regular: every 90 days).")
    }

    @Test func reconnectTierComesFromTagsAndSettings() throws {
        let rules = try F.only("reconnect")
        var tagged = F.contact("a", "Ana", interactions: [(-35, .call)])
        tagged.tags = ["Family"]
        var net = Network(contacts: [tagged])
        #expect(F.run(net, rules).isEmpty)
        try net.setTagTier(tag: "family", tier: "close")
        #expect(F.run(net, rules).map(\.contactIDs) == [["a"]])
        #expect(throws: ActionError.self) { try net.setTagTier(tag: "x", tier: "best-friends") }
    }

    @Test func loggingAnyInteractionResetsTheCadence() throws {
        let rules = try F.only("reconnect", "reconnect-overdue")
        var net = Network(contacts: [F.contact("a", "Ana", interactions: [(-130, .met)])])
        #expect(F.run(net, rules).count == 1)
        try net.logInteraction(contact: "a", kind: .call, note: "quick call", today: F.today)
        #expect(F.run(net, rules).isEmpty)
    }

    @Test func checkInAfterRecommendation() throws {
        let rules = try F.only("check-in-after-recommendation")
        let recommended = F.contact("a", "Ana", interactions: [(-10, .recommendation)])
        let recent = F.contact("b", "Ben", interactions: [(-3, .recommendation)])
        let closed = F.contact("c", "Cy", interactions: [(-10, .recommendation), (-2, .call)])
        #expect(F.run(Network(contacts: [recommended, recent, closed]), rules).map(\.contactIDs) == [["a"]])
    }

    @Test func promisesOldestFirstAndDoneMarksKept() throws {
        let rules = try F.only("keep-your-promise")
        var ana = F.contact("a", "Ana")
        ana.promises = [
            Promise("send the deck", recorded: F.day(-2)), Promise("old book", recorded: F.day(-30)),
            Promise("kept one", recorded: F.day(-40), kept: F.day(-1)),
        ]
        var net = Network(contacts: [ana])
        let found = F.run(net, rules)
        #expect(found.map(\.item) == ["old book", "send the deck"])
        #expect(found[0].text == "Keep your promise to Ana: old book (promised 30 days ago).")
        net.markDone(found[0], note: nil, today: F.today)
        #expect(net.contacts[0].promises[1].kept == F.today)
        #expect(F.run(net, rules).map(\.item) == ["send the deck"])
    }

    @Test func birthdayInTheNextDaysWithOrWithoutYear() throws {
        let rules = try F.only("birthday")
        var a = F.contact("a", "Ana")
        a.birthday = "1990-06-17"
        var b = F.contact("b", "Ben")
        b.birthday = "--06-15"
        var c = F.contact("c", "Cy")
        c.birthday = "--07-01"
        var d = F.contact("d", "Di")
        d.birthday = "not a date"
        var e = F.contact("e", "Ed")
        e.birthday = "--06-14"
        let found = F.run(Network(contacts: [a, b, c, d, e]), rules)
        #expect(Set(found.map { $0.contactIDs[0] }) == ["a", "b"])
        #expect(found.first { $0.contactIDs == ["a"] }?.text == "Wish Ana a happy birthday (1990-06-17, in 2 days).")
    }

    @Test func birthdayAcrossTheNewYear() {
        #expect(Birthday.daysUntil("--01-02", from: Day("2026-12-31")!) == 2)
        #expect(Birthday.daysUntil("--02-29", from: Day("2027-02-27")!) == 1)
        #expect(Birthday.daysUntil("--13-01", from: Day("2027-02-27")!) == nil)
    }
}
