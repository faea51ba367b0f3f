import Testing

@testable import KithCore

/// A finished draft whose save reached the store is recognised, so it is not offered again.
@Suite struct DraftRecordedCheckTests {
    private func finishedDraft() -> DebriefDraft {
        var draft = DebriefDraft(started: day("2026-11-23"), name: "Quinn Ray")
        draft.context = "book fair"
        draft.needs = ["a printer"]
        draft.offers = []
        draft.knows = ["Bea"]
        draft.promises = ["send the slides"]
        draft.notes = "likes tea"
        return draft
    }

    @Test func aSavedDraftIsRecognisedAndAnUnsavedOneIsNot() throws {
        let draft = finishedDraft()
        var network = Network()
        #expect(!draft.isAlreadyRecorded(in: network))
        var ids = ContactIDGenerator()
        network.apply(try #require(draft.record), to: nil, today: day("2026-11-23"), ids: &ids)
        #expect(draft.isAlreadyRecorded(in: network))
        // One more need typed than the store holds: not recorded, so it must be kept.
        var more = draft
        more.needs = ["a printer", "a van"]
        #expect(!more.isAlreadyRecorded(in: network))
        // An unfinished draft is never treated as saved.
        var unfinished = draft
        unfinished.notes = nil
        #expect(!unfinished.isAlreadyRecorded(in: network))
    }
}
