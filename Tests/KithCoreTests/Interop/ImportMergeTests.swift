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
        return {
            next += 1
            return "new\(next)"
        }
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
        #expect(
            report.updated == [
                .init(
                    name: "Jane Doe", matchedBy: "e-mail jane@acme.EXAMPLE",
                    changes: [
                        "birthday --05-01", "e-mail jane@home.example", "phone +1 555 0100",
                    ])
            ])
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
        #expect(kenji.interactions == [])
        #expect(kenji.connectedOn == Day(year: 2024, month: 3, day: 15))
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
        #expect(report.updated[0].matchedBy == "name")
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
        #expect(report.skipped.count == 2)
        #expect(report.unchanged == [.init(name: "Jane Doe", matchedBy: "e-mail jane@acme.example", changes: [])])
        #expect(report.skipped[0].name == "(no name, line 7)")
        #expect(report.skipped[1].reason.contains("several people"))
        #expect(report.skipped[1].reason.contains("jose2"))
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
        #expect(priya.interactions == [])
        #expect(priya.connectedOn == Day(year: 2024, month: 3, day: 15))
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
        let dryReport = merge(
            cards, into: &dry, today: today, dryRun: true,
            makeID: {
                calls += 1
                return "x"
            })
        #expect(dry == before)
        #expect(calls == 0)
        var real = network()
        let realReport = merge(cards, into: &real, today: today, makeID: ids())
        #expect(dryReport == realReport)
        #expect(realReport.added == ["Brand New"])
        #expect(realReport.unchanged.count == 1)
        #expect(real != before)
    }

    // MARK: Distinct people kept apart

    @Test func twoPeopleOfTheSameNameWithDifferentKeysAreKeptApart() throws {
        var first = ImportedContact(name: "John Smith")
        first.emails = ["john@alpha.example"]
        first.phones = ["+1 555 0100"]
        var second = ImportedContact(name: "John Smith")
        second.emails = ["jsmith@beta.example"]
        second.phones = ["+44 20 7946 0000"]
        var net = Network()
        let report = merge([first, second], into: &net, today: today, makeID: ids())
        #expect(net.contacts.count == 2)
        #expect(net.contacts.map(\.emails) == [["john@alpha.example"], ["jsmith@beta.example"]])
        #expect(report.added == ["John Smith", "John Smith"])
        #expect(
            report.possibleDuplicates == [
                .init(
                    name: "John Smith", id: "new2", of: ["John Smith (new1)"],
                    reason: "their e-mails differ")
            ])
    }

    @Test func linkedInNamesakesAtOneCompanyKeepTheirOwnRoleAndDate() throws {
        var maria1 = ImportedContact(name: "Maria Garcia")
        maria1.links = ["https://www.linkedin.com/in/maria-garcia-1"]
        maria1.company = "Acme"
        maria1.role = "Engineer"
        maria1.connectedOn = Day(year: 2023, month: 1, day: 2)
        var maria2 = maria1
        maria2.links = ["https://www.linkedin.com/in/maria-garcia-2"]
        maria2.role = "Designer"
        maria2.connectedOn = Day(year: 2024, month: 5, day: 6)
        var net = Network()
        let report = merge([maria1, maria2], into: &net, today: today, makeID: ids())
        #expect(net.contacts.map(\.role) == ["Engineer", "Designer"])
        #expect(net.contacts.map(\.connectedOn) == [maria1.connectedOn, maria2.connectedOn])
        #expect(report.possibleDuplicates.first?.reason == "their profile links differ")
    }

    @Test func keysOnOneSideOnlyMergeByName() throws {
        var net = Network(contacts: [Contact(id: "deb", name: "Lena Park", added: earlier)])
        var card = ImportedContact(name: "lena park")
        card.emails = ["lena@park.example"]
        let report = merge([card], into: &net, today: today, makeID: ids())
        #expect(report.updated == [.init(name: "Lena Park", matchedBy: "name", changes: ["e-mail lena@park.example"])])
        #expect(net.contacts.count == 1)
    }

    @Test func phonesMatchOnDigitsAndALeadingPlusWithoutGuessingACountry() throws {
        var net = Network()
        var withPlus = ImportedContact(name: "Phone One")
        withPlus.phones = ["+1 (555) 010-0200"]
        var samePhone = ImportedContact(name: "Other Name")
        samePhone.phones = ["+1 555 010 0200"]
        var noPlus = ImportedContact(name: "Third Name")
        noPlus.phones = ["1 555 010 0200"]
        let report = merge([withPlus, samePhone, noPlus], into: &net, today: today, makeID: ids())
        #expect(report.unchanged.map(\.matchedBy) == ["phone +1 555 010 0200"])
        #expect(net.contacts.map(\.name) == ["Phone One", "Third Name"])
    }

    @Test func theSameUIDIsTheSamePersonWhateverTheName() throws {
        var net = Network()
        var card = ImportedContact(name: "Robert Paulson")
        card.uid = "urn:uuid:1"
        card.vcardFields = ["UID:urn:uuid:1"]
        _ = merge([card], into: &net, today: today, makeID: ids())
        var renamed = ImportedContact(name: "Bob Paulson")
        renamed.uid = "urn:uuid:1"
        renamed.vcardFields = ["UID:urn:uuid:1"]
        var other = ImportedContact(name: "Robert Paulson")
        other.uid = "urn:uuid:2"
        other.vcardFields = ["UID:urn:uuid:2"]
        let report = merge([renamed, other], into: &net, today: today, makeID: ids())
        #expect(report.unchanged.map(\.matchedBy) == ["UID"])
        #expect(report.possibleDuplicates.first?.reason == "their UIDs differ")
        #expect(net.contacts.map(\.uid) == ["urn:uuid:1", "urn:uuid:2"])
    }

    // MARK: Idempotent

    @Test func importingTheSameCardsTwiceChangesNothing() throws {
        var card = ImportedContact(name: "Ida Lane")
        card.emails = ["ida@lane.example"]
        card.company = "Lane Co"
        card.uid = "ida-uid"
        card.vcardFields = ["UID:ida-uid", "ORG:Lane Co", "EMAIL;TYPE=work:ida@lane.example"]
        card.vcardExtras = ["REV:2026-01-01T00:00:00Z", "NICKNAME:Idy"]
        card.connectedOn = Day(year: 2024, month: 1, day: 1)
        var net = Network()
        _ = merge([card], into: &net, today: today, makeID: ids())
        let once = net
        let again = merge([card], into: &net, today: today, makeID: ids())
        #expect(net == once)
        #expect(again.unchanged.map(\.name) == ["Ida Lane"])
        #expect(again.added.isEmpty && again.updated.isEmpty)
    }

    @Test func anUpdatedCardReplacesWhatItBroughtButNotWhatTheUserTyped() throws {
        var card = ImportedContact(name: "Ida Lane")
        card.uid = "ida-uid"
        card.company = "Lane Co"
        card.role = "Chemist"
        card.vcardFields = ["UID:ida-uid", "ORG:Lane Co", "TITLE:Chemist"]
        card.vcardExtras = ["REV:2026-01-01T00:00:00Z", "NICKNAME:Idy"]
        var net = Network()
        _ = merge([card], into: &net, today: today, makeID: ids())
        net.contacts[0].role = "Head chemist (the user typed this)"
        var newer = card
        newer.company = "Lane Labs"
        newer.role = "Director"
        newer.vcardFields = ["UID:ida-uid", "ORG:Lane Labs", "TITLE:Director"]
        newer.vcardExtras = ["REV:2026-06-01T00:00:00Z", "NICKNAME:Ida"]
        let report = merge([newer], into: &net, today: today, makeID: ids())
        let ida = try #require(net.contacts.first)
        #expect(ida.company == "Lane Labs")
        #expect(ida.role == "Head chemist (the user typed this)")
        #expect(ida.vcardExtras == ["REV:2026-06-01T00:00:00Z", "NICKNAME:Ida"])
        #expect(ida.vcardFields.filter { $0.hasPrefix("ORG") } == ["ORG:Lane Labs"])
        #expect(report.updated.first?.changes == ["company Lane Labs", "vCard properties REV, NICKNAME"])
    }
}
