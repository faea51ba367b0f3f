import Foundation
import Testing

@testable import KithCore

/// The store is never written with a value its own reader refuses.
@Suite struct UnreadableValueTests {
    @Test func aDateBeyondTheReadersRangeIsRefusedAndTheStoreIsUntouched() throws {
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        try store.update { $0.contacts.append(Contact(id: "00000001", name: "Ana", added: day("2026-11-23"))) }
        let before = try #require(folder.bytes())

        let error = #expect(throws: StoreError.self) {
            try store.update { network in
                // Year 2,741,972: what `snooze --days 1000000000` used to produce.
                network.contacts[0].interactions.append(
                    Interaction(date: day("2026-11-23").adding(days: 1_000_000_000), kind: .call))
            }
        }
        guard case .writeFailed(_, let reason)? = error else {
            Issue.record("expected writeFailed, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("would not be readable"))
        #expect(folder.bytes() == before)
        #expect(folder.temporaryFiles().isEmpty)
        let reread = Store(location: folder.location)
        try reread.load()
        #expect(reread.network.contacts.first?.interactions.isEmpty == true)
    }

    @Test func typedDatesAreHeldToPlausibleYears() {
        #expect(InputLimits.accepts(day("1900-01-01")))
        #expect(InputLimits.accepts(day("2999-12-31")))
        #expect(!InputLimits.accepts(day("1899-12-31")))
        #expect(!InputLimits.accepts(day("3000-01-01")))
    }

    @Test(arguments: ["3000-01-01", "0001-01-01", "9999-12-31"])
    func kithTodayOutsideTheYearsIsRefused(text: String) {
        #expect(throws: TodayProvider.InvalidDay.self) { try TodayProvider.today(environment: ["KITH_TODAY": text]) }
    }
}
