import Foundation
import Testing

@testable import KithCore

@Suite struct DebriefImportTests {
    private func ids() -> ContactIDGenerator {
        var next: UInt32 = 0x100
        return ContactIDGenerator {
            next += 1
            return next
        }
    }

    @Test func goodRecordsAreKeptAndBadOnesReportedWithTheirNumbers() throws {
        var network = Network()
        var generator = ids()
        network.apply(DebriefRecord(name: "José García"), to: nil, today: day("2026-10-01"), ids: &generator)
        let entries = try DebriefFileReader.read(
            Data(
                """
                {"name": "JOSE GARCIA", "met": "2026-11-20", "needs": ["a flat"]}
                {"name": "Bea", "knows": ["José García"]}
                {"nombre": "Carl"}
                """.utf8), path: "x.jsonl")
        let outcomes = DebriefImport.apply(entries, to: &network, today: day("2026-11-23"), ids: &generator)
        #expect(outcomes.count == 3)
        #expect(outcomes[0] == .merged(name: "José García"))
        #expect(outcomes[1] == .added(name: "Bea"))
        guard case .rejected(number: 3, line: 3, let reason) = outcomes[2] else {
            Issue.record("expected record 3 to be rejected: \(outcomes[2])")
            return
        }
        #expect(reason.hasPrefix("unknown field 'nombre'"))
        #expect(network.contacts.map(\.name) == ["José García", "Bea"])
        let jose = network.contacts[0]
        #expect(jose.interactions.map(\.date) == [day("2026-10-01"), day("2026-11-20")])
        #expect(jose.needs.map(\.text) == ["a flat"])
        #expect(network.contacts[1].knows.first?.contactID == jose.id)
    }

    @Test func anAmbiguousNameIsRejectedNotGuessed() throws {
        var network = Network()
        network.contacts = [
            Contact(id: "a", name: "Ana Ruiz", added: day("2026-01-01")),
            Contact(id: "b", name: "Ana Ruiz", added: day("2026-01-01")),
        ]
        var generator = ids()
        let entries = try DebriefFileReader.read(Data(#"[{"name": "ana ruiz"}]"#.utf8), path: "x.json")
        let outcomes = DebriefImport.apply(entries, to: &network, today: day("2026-11-23"), ids: &generator)
        guard case .rejected(number: 1, line: nil, let reason) = outcomes[0] else {
            Issue.record("expected a rejection: \(outcomes)")
            return
        }
        #expect(reason.contains("matches several people: Ana Ruiz (a), Ana Ruiz (b)"))
        #expect(network.contacts.allSatisfy { $0.interactions.isEmpty })
    }

    @Test func twoRecordsForOneNewPersonMakeOneContact() throws {
        var network = Network()
        var generator = ids()
        let entries = try DebriefFileReader.read(
            Data(#"[{"name": "Ana", "needs": "x"}, {"name": "ANA", "needs": ["X", "y"]}]"#.utf8), path: "x.json")
        let outcomes = DebriefImport.apply(entries, to: &network, today: day("2026-11-23"), ids: &generator)
        #expect(outcomes == [.added(name: "Ana"), .merged(name: "Ana")])
        #expect(network.contacts.count == 1)
        #expect(network.contacts[0].needs.map(\.text) == ["x", "y"])
        // Same day, same (empty) context: one meeting, told twice.
        #expect(network.contacts[0].interactions.count == 1)
    }

    @Test func importingTheSameRecordsTwiceChangesNothing() throws {
        var network = Network()
        var generator = ids()
        let entries = try DebriefFileReader.read(
            Data(
                """
                {"name": "Ana Ruiz", "met": "2026-11-20", "context": "lunch", "needs": ["a flat"], "knows": ["Ben Ortiz"]}
                {"name": "Ben Ortiz", "met": "2026-11-21", "email": "ben@ortiz.example"}
                """.utf8), path: "x.jsonl")
        _ = DebriefImport.apply(entries, to: &network, today: day("2026-11-23"), ids: &generator)
        let once = network
        let outcomes = DebriefImport.apply(entries, to: &network, today: day("2026-11-23"), ids: &generator)
        #expect(outcomes == [.unchanged(name: "Ana Ruiz"), .unchanged(name: "Ben Ortiz")])
        #expect(network == once)
        #expect(network.contacts[0].knows.first?.contactID == network.contacts[1].id)
    }

    @Test func aNewMeetingOfAKnownPersonIsRecorded() throws {
        var network = Network()
        var generator = ids()
        let first = try DebriefFileReader.read(
            Data(#"{"name": "Ana Ruiz", "met": "2026-11-20", "context": "lunch"}"#.utf8), path: "a")
        let second = try DebriefFileReader.read(
            Data(#"{"name": "Ana Ruiz", "met": "2026-11-22", "context": "call"}"#.utf8), path: "b")
        _ = DebriefImport.apply(first, to: &network, today: day("2026-11-23"), ids: &generator)
        #expect(
            DebriefImport.apply(second, to: &network, today: day("2026-11-23"), ids: &generator) == [
                .merged(name: "Ana Ruiz")
            ])
        #expect(network.contacts[0].interactions.map(\.note) == ["lunch", "call"])
    }

    @Test func aNamesakeWithAnotherEmailIsANewPerson() throws {
        var network = Network()
        var ana = Contact(id: "a", name: "Ana Ruiz", added: day("2026-01-01"))
        ana.emails = ["ana@one.example"]
        network.contacts = [ana]
        var generator = ids()
        let entries = try DebriefFileReader.read(
            Data(#"{"name": "Ana Ruiz", "email": "ana@two.example"}"#.utf8), path: "x")
        #expect(
            DebriefImport.apply(entries, to: &network, today: day("2026-11-23"), ids: &generator) == [
                .added(name: "Ana Ruiz")
            ])
        #expect(network.contacts.count == 2)
    }
}
