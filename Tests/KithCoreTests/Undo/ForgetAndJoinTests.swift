import KithCore
import Testing

/// Forgetting removes every trace of a person and restoring puts it all back; joining two
/// records keeps the first's id and single values and the union of everything else.
@Suite struct ForgetAndJoinTests {
    let day = Day(year: 2026, month: 11, day: 1)!
    let later = Day(year: 2026, month: 11, day: 20)!

    func network() -> Network {
        var ana = Contact(id: "a", name: "Ana", added: day)
        ana.knows = [Acquaintance("Ben, a lawyer", recorded: day, contactID: "b")]
        var ben = Contact(id: "b", name: "Ben", added: day)
        ben.company = "Acme"
        ben.needs = [Need("a tax adviser", recorded: day)]
        ben.emails = ["ben@acme.test"]
        ben.interactions = [Interaction(date: day, kind: .met)]
        var benToo = Contact(id: "b2", name: "Benjamín", added: later)
        benToo.company = "Other"
        benToo.role = "lawyer"
        benToo.needs = [Need("A Tax Adviser", recorded: later), Need("an office", recorded: later)]
        benToo.emails = ["BEN@acme.test", "ben@home.test"]
        benToo.interactions = [Interaction(date: later, kind: .meal)]
        var cruz = Contact(id: "c", name: "Cruz", added: day)
        cruz.knows = [Acquaintance("Benjamín", recorded: day, contactID: "b2")]
        var network = Network(contacts: [ana, ben, benToo, cruz])
        network.introductions = [
            Introduction(first: "a", second: "b", why: "x", suggested: day),
            Introduction(first: "c", second: "b2", why: "y", suggested: day),
        ]
        network.actionLog = [
            ActionLogEntry(id: "111111", key: "follow|b", ruleID: "follow", state: .done, on: day),
            ActionLogEntry(id: "222222", key: "follow|a", ruleID: "follow", state: .done, on: day),
        ]
        return network
    }

    @Test func forgetRemovesEveryTraceAndRestorePutsItBack() throws {
        let original = network()
        var changed = original
        let person = try changed.forget("b", on: later)
        #expect(changed.contact(id: "b") == nil)
        #expect(changed.contacts[0].knows[0].contactID == nil)
        #expect(changed.contacts[0].knows[0].text == "Ben, a lawyer")
        #expect(changed.introductions.count == 1)
        #expect(changed.actionLog.map(\.id) == ["222222"])
        #expect(person.links.count == 1 && person.introductions.count == 1 && person.actionLog.count == 1)

        let id = changed.restore(person) { "zz" }
        #expect(id == "b")
        #expect(changed.contact(id: "b") == original.contact(id: "b"))
        #expect(changed.contacts[0].knows == original.contacts[0].knows)
        #expect(Set(changed.introductions) == Set(original.introductions))
        #expect(Set(changed.actionLog) == Set(original.actionLog))
    }

    @Test func restoringOverATakenIDGivesANewOne() throws {
        var changed = network()
        let person = try changed.forget("b", on: later)
        changed.contacts.append(Contact(id: "b", name: "Someone else", added: later))
        let id = changed.restore(person) { "newid" }
        #expect(id == "newid")
        #expect(changed.contact(id: "newid")?.name == "Ben")
        #expect(changed.contacts[0].knows[0].contactID == "newid")
        #expect(changed.introductions.contains { $0.second == "newid" })
    }

    @Test func forgettingNobodyFails() {
        var changed = network()
        #expect(throws: ActionError.self) { try changed.forget("nobody", on: later) }
        #expect(changed == network())
    }

    @Test func joinKeepsTheFirstsIDAndValuesAndTheUnionOfTheRest() throws {
        var changed = network()
        try changed.join("b", absorbing: "b2")
        #expect(changed.contact(id: "b2") == nil)
        let ben = try #require(changed.contact(id: "b"))
        #expect(ben.name == "Ben" && ben.company == "Acme")
        #expect(ben.role == "lawyer")
        #expect(ben.needs.map(\.text) == ["a tax adviser", "an office"])
        #expect(ben.emails == ["ben@acme.test", "ben@home.test"])
        #expect(ben.interactions.map(\.date) == [day, later])
        #expect(changed.contact(id: "c")?.knows.first?.contactID == "b")
        #expect(changed.introductions.contains { $0.first == "c" && $0.second == "b" })
        #expect(!changed.introductions.contains { $0.first == "b2" || $0.second == "b2" })
    }

    @Test func joiningSomeoneWithThemselvesOrNobodyChangesNothing() throws {
        var changed = network()
        try changed.join("b", absorbing: "b")
        #expect(changed == network())
        #expect(throws: ActionError.self) { try changed.join("b", absorbing: "nobody") }
        #expect(changed == network())
    }
}
