import Testing
@testable import KithCore

@Suite struct ImportMergeTests {
    let today = Day(year: 2026, month: 11, day: 23)!
    let earlier = Day(year: 2026, month: 1, day: 5)!

    func network() -> Network {
        var jane = Contact(id: "jane", name: "Jane Doe", added: earlier)
        jane.emails = ["Jane@Acme.example"]
        jane.company = "Acme"
        jane.role = "Engineer (user wrote this)"
        var kenji = Contact(id: "kenji", name: "Kenji Nakamura", added: earlier)
        kenji.links = ["https://www.linkedin.com/in/kenjin/"]
        var jose = Contact(id: "jose", name: "José García", added: earlier)
        jose.company = "Lumen"
        let noCompany = Contact(id: "ines", name: "Inés Ruiz", added: earlier)
        return Network(contacts: [jane, kenji, jose, noCompany])
    }

    func ids() -> () -> ContactID {
        var next = 0
        return { next += 1; return "new\(next)" }
    }

    @Test func matchesByEmailIgnoringCaseAndNeverOverwrites() throws {
        var card = ImportedContact(name: "J. Doe")
        card.emails = ["jane@acme.EXAMPLE", "jane@home.example"]
        card.company = "Other Corp"
        card.role = "CTO"
        card.phones = ["+1 555 0100"]
        card.birthday = "--05-01"
        var net = network()
        let report = merge([card], into: &net, today: today, makeID: ids())
        #expect(report.added.isEmpty)
        #expect(report.updated == [.init(name: "Jane Doe", matchedBy: "e-mail jane@acme.EXAMPLE", changes: [
            "birthday --05-01", "e-mail jane@home.example", "phone +1 555 0100",
        ])])
        let jane = try #require(net.contact(id: "jane"))
        #expect(jane.name == "Jane Doe")
        #expect(jane.company == "Acme")
        #expect(jane.role == "Engineer (user wrote this)")
        #expect(jane.emails == ["Jane@Acme.example", "jane@home.example"])
    }

    @Test func matchesByProfileLink() throws {
        var card = ImportedContact(name: "Kenji N.")
        card.links = ["http://linkedin.com/in/KenjiN?trk=abc"]
        card.company = "Lumen Labs"
        card.connectedOn = Day(year: 2024, month: 3, day: 15)
        var net = network()
        let report = merge([card], into: &net, today: today, makeID: ids())
        #expect(report.updated.first?.name == "Kenji Nakamura")
        #expect(report.updated.first?.changes == ["company Lumen Labs", "connected on 2024-03-15"])
        let kenji = try #require(net.contact(id: "kenji"))
        #expect(kenji.interactions == [Interaction(date: Day(year: 2024, month: 3, day: 15)!, kind: .connected)])
        #expect(kenji.links == ["https://www.linkedin.com/in/kenjin/"])
    }

    @Test func matchesByFoldedNameAndCompany() {
        var sameCompany = ImportedContact(name: "jose  GARCIA")
        sameCompany.company = "LUMEN"
        sameCompany.tags = ["climate"]
        var otherCompany = ImportedContact(name: "José García")
        otherCompany.company = "Different Ltd"
        var noCompanyHere = ImportedContact(name: "Ines Ruiz")
        noCompanyHere.company = "Anything"
        var net = network()
        let report = merge([sameCompany, otherCompany, noCompanyHere], into: &net, today: today, makeID: ids())
        #expect(report.updated.map(\.name) == ["José García", "Inés Ruiz"])
        #expect(report.updated[0].matchedBy == "name and company (LUMEN)")
        #expect(report.added == ["José García"])
        #expect(net.contacts.count == 5)
        #expect(net.contact(id: "new1")?.company == "Different Ltd")
        #expect(net.contact(id: "new1")?.added == today)
        #expect(net.contact(id: "ines")?.company == "Anything")
    }

    @Test func skipsWithReasons() {
        var nothingNew = ImportedContact(name: "Jane Doe")
        nothingNew.emails = ["jane@acme.example"]
        var noName = ImportedContact(name: "")
        noName.origin = "line 7"
        var net = network()
        net.contacts.append(Contact(id: "jose2", name: "Jose Garcia", added: earlier))
        let ambiguous = ImportedContact(name: "José García")
        let report = merge([nothingNew, noName, ambiguous], into: &net, today: today, makeID: ids())
        #expect(report.skipped.count == 3)
        #expect(report.skipped[0] == .init(name: "Jane Doe", reason: "already in kith (same e-mail jane@acme.example), nothing new"))
        #expect(report.skipped[1].name == "(no name, line 7)")
        #expect(report.skipped[2].reason.contains("several people"))
        #expect(report.skipped[2].reason.contains("jose2"))
        #expect(report.added.isEmpty && report.updated.isEmpty)
    }

    @Test func newPeopleAndDuplicatesWithinOneImport() throws {
        var first = ImportedContact(name: "Priya Raman")
        first.emails = ["priya@raman.example"]
        first.connectedOn = Day(year: 2024, month: 3, day: 15)
        first.needs = [ImportedNeed("a designer")]
        var again = ImportedContact(name: "Priya Raman")
        again.emails = ["PRIYA@raman.example"]
        again.phones = ["+44 20 7946 0000"]
        var net = Network()
        let report = merge([first, again], into: &net, today: today, makeID: ids())
        #expect(report.added == ["Priya Raman"])
        #expect(report.updated.map(\.changes) == [["phone +44 20 7946 0000"]])
        let priya = try #require(net.contacts.first)
        #expect(net.contacts.count == 1)
        #expect(priya.id == "new1")
        #expect(priya.needs == [Need("a designer", recorded: today)])
        #expect(priya.interactions == [Interaction(date: Day(year: 2024, month: 3, day: 15)!, kind: .connected)])
    }

    @Test func vcardImportsGetNoInteraction() throws {
        var net = Network()
        _ = merge([ImportedContact(name: "A B")], into: &net, today: today, makeID: ids())
        #expect(net.contacts.first?.interactions == [])
    }

    @Test func dryRunReportsTheSameAndChangesNothing() {
        var card = ImportedContact(name: "J. Doe")
        card.emails = ["jane@acme.example"]
        card.phones = ["+1 555 0100"]
        let cards = [card, ImportedContact(name: "Brand New"), ImportedContact(name: "Brand New")]
        var dry = network()
        let before = dry
        var calls = 0
        let dryReport = merge(cards, into: &dry, today: today, dryRun: true, makeID: { calls += 1; return "x" })
        #expect(dry == before)
        #expect(calls == 0)
        var real = network()
        let realReport = merge(cards, into: &real, today: today, makeID: ids())
        #expect(dryReport == realReport)
        #expect(realReport.added == ["Brand New"])
        #expect(realReport.skipped.count == 1)
        #expect(real != before)
    }
}
