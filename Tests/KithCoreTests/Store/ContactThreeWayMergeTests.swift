import Foundation
import Testing

@testable import KithCore

@Suite struct ContactThreeWayMergeTests {
    private func base() -> Contact {
        var contact = Contact(id: "p", name: "Pedro", added: day("2026-11-01"))
        contact.role = "lawyer"
        contact.needs = [Need("a designer", recorded: day("2026-11-01")), Need("a van", recorded: day("2026-11-01"))]
        contact.interactions = [Interaction(date: day("2026-11-01"), kind: .met)]
        return contact
    }

    @Test func changesOnEachSideToDifferentFieldsAndItemsAreAllKept() throws {
        var ours = base()
        var theirs = base()
        ours.role = "notary"
        ours.needs[0].solved = day("2026-11-05")  // marked solved here
        ours.needs.append(Need("a printer", recorded: day("2026-11-05")))
        theirs.interactions.append(Interaction(date: day("2026-11-04"), kind: .call))
        theirs.needs.remove(at: 1)  // "a van" removed meanwhile
        theirs.unknownFields["future"] = .string("kept")
        let outcome = try ContactThreeWayMerge.merge(base: base(), ours: ours, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.merged.role == "notary")
        #expect(outcome.merged.needs.map(\.text) == ["a designer", "a printer"])
        #expect(outcome.merged.needs[0].solved == day("2026-11-05"))
        #expect(outcome.merged.interactions.count == 2)
        #expect(outcome.merged.unknownFields["future"] == .string("kept"))
        #expect(Set(outcome.takenFromTheirs) == ["future", "interactions", "needs"])
    }

    @Test func aFieldChangedBothWaysIsAConflictWithBothValues() throws {
        var ours = base()
        var theirs = base()
        ours.role = "notary"
        theirs.role = "judge"
        ours.needs[0].solvedBy = "Ana"
        theirs.needs[0].solvedBy = "Bea"
        let outcome = try ContactThreeWayMerge.merge(base: base(), ours: ours, theirs: theirs)
        #expect(outcome.conflicts.map(\.place) == ["needs: a designer", "role"])
        #expect(outcome.conflicts[1].description == #"role: yours "notary", meanwhile "judge""#)
        #expect(outcome.merged.role == "notary")
    }

    @Test func theSameChangeOnBothSidesIsNoConflictAndNoDuplicate() throws {
        var ours = base()
        var theirs = base()
        ours.notes = [DatedText("likes jazz", recorded: day("2026-11-02"))]
        theirs.notes = ours.notes
        ours.role = nil
        theirs.role = nil
        let outcome = try ContactThreeWayMerge.merge(base: base(), ours: ours, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.merged.notes.count == 1)
        #expect(outcome.merged.role == nil)
    }

    @Test func removedHereButChangedMeanwhileKeepsTheChange() throws {
        var ours = base()
        var theirs = base()
        ours.needs.removeFirst()
        theirs.needs[0].solved = day("2026-11-03")
        let outcome = try ContactThreeWayMerge.merge(base: base(), ours: ours, theirs: theirs)
        #expect(outcome.merged.needs.map(\.text) == ["a designer", "a van"])
        #expect(outcome.merged.needs[0].solved == day("2026-11-03"))
    }
}
