import Foundation
import Testing

@testable import KithCore

@Suite struct DraftStoreTests {
    @Test func aDraftIsSavedPrivatelyAndReadBack() throws {
        let folder = try StoreTestFolder()
        let drafts = DraftStore(file: folder.url.appendingPathComponent("more/debrief-draft.json"))
        #expect(!drafts.exists)
        #expect(try drafts.load() == nil)
        var draft = DebriefDraft(started: day("2026-11-23"), name: "Ana")
        draft.context = "meetup"
        draft.pendingItems = ["a designer"]
        try drafts.save(draft)
        #expect(try drafts.load() == draft)
        var info = stat()
        #expect(stat(drafts.file.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        drafts.delete()
        #expect(!drafts.exists)
    }

    @Test func aDamagedDraftIsReportedWithItsPathAndKept() throws {
        let folder = try StoreTestFolder()
        try folder.write("{\"started\": \"2026-11-23\",\n \"name\": }", to: "draft.json")
        let drafts = DraftStore(file: folder.url.appendingPathComponent("draft.json"))
        let error = #expect(throws: DraftStore.DraftError.self) { try drafts.load() }
        #expect(error?.description.contains(drafts.file.path) == true)
        #expect(error?.description.contains("line 2, column 10") == true)
        #expect(drafts.exists)

        try folder.write("{\"name\": \"Ana\"}", to: "draft.json")
        let missing = #expect(throws: DraftStore.DraftError.self) { try drafts.load() }
        #expect(missing?.description.contains("is missing") == true)
    }
}
