import Foundation
import Testing

@testable import KithCore

/// Every versioned document kith reads refuses one written by a newer kith the same way: a
/// `FileProblem` naming the file, the document, the version found and the newest known.
@Suite struct VersionedDocumentTests {
    private func newer(_ document: VersionedDocument, in file: String) -> FileProblem {
        FileProblem(
            file: file,
            message: .newerVersion(
                document.kind, found: document.newestVersion + 1,
                newest: document.newestVersion))
    }

    @Test func theStoreRefusesANewerVersion() throws {
        let text = #"{"schemaVersion": \#(VersionedDocument.store.newestVersion + 1), "contacts": 5}"#
        let error = #expect(throws: StoreError.self) {
            try StoreCodec.decode(Data(text.utf8), path: "s.json", backup: "s.bak")
        }
        #expect(error == .newerVersion(newer(.store, in: "s.json")))
    }

    @Test func rulesRefuseANewerVersion() {
        let file = #"{"schemaVersion": \#(VersionedDocument.rules.newestVersion + 1), "rules": 5}"#
        let load = RuleLoader.load(defaults: RuleFixtures.shippedDefaults, user: (Data(file.utf8), "my-rules.json"))
        #expect(load.problems.map(\.fileProblem) == [newer(.rules, in: "my-rules.json")])
    }

    @Test func knowledgeAndSynonymsRefuseANewerVersion() throws {
        let user = try MatchingFixtures.temporaryFolder()
        let knowledge = user.appendingPathComponent("knowledge.json")
        let synonyms = user.appendingPathComponent("synonyms.json")
        try Data(#"{"schemaVersion": 3, "concepts": 5}"#.utf8).write(to: knowledge)
        try Data(#"{"schemaVersion": 2, "groups": 5}"#.utf8).write(to: synonyms)
        let (_, problems) = KnowledgeBase.load(defaultsFolder: MatchingFixtures.shippedDataFolder, userFolder: user)
        let expected = [newer(.knowledge, in: knowledge.path), newer(.synonyms, in: synonyms.path)]
        #expect(problems.map(\.fileProblem) == expected)
    }

    @Test func undoJournalAndArchiveRefuseANewerVersion() throws {
        let folder = try StoreTestFolder()
        try folder.write(#"{"schemaVersion": 2, "entries": 5}"#, to: "undo.json")
        try folder.write(#"{"schemaVersion": 2, "people": 5}"#, to: "forgotten.json")
        let undo = UndoJournal(location: folder.location)
        let archive = ForgottenArchive(location: folder.location)
        #expect(throws: newer(.undoJournal, in: undo.file.path)) { try undo.entries() }
        #expect(throws: newer(.forgottenArchive, in: archive.file.path)) { try archive.people() }
    }

    @Test func promptsCarryAVersionAndOldFilesWithoutOneStillLoad() throws {
        let prompts = MatchingFixtures.shippedDataFolder.deletingLastPathComponent().appendingPathComponent("prompts")
        let shipped = try String(contentsOf: prompts.appendingPathComponent("en.json"), encoding: .utf8)
        #expect(shipped.contains("\"schemaVersion\": 1,"))
        let folder = try StoreTestFolder()
        try folder.write(shipped.replacingOccurrences(of: "\"schemaVersion\": 1,", with: ""), to: "en.json")
        let book = try PromptBook(language: .en, promptsFolder: folder.url)
        #expect(book.text("review.save").isEmpty == false)
        try folder.write(
            shipped.replacingOccurrences(of: "\"schemaVersion\": 1,", with: "\"schemaVersion\": 2,"),
            to: "en.json")
        let file = folder.url.appendingPathComponent("en.json").path
        #expect(throws: newer(.prompts, in: file)) { try PromptBook(language: .en, promptsFolder: folder.url) }
    }

    @Test func draftsCarryAVersionAndOldDraftsWithoutOneStillLoad() throws {
        let folder = try StoreTestFolder()
        let drafts = DraftStore(file: folder.url.appendingPathComponent("draft.json"))
        try drafts.save(DebriefDraft(started: day("2026-11-23"), name: "Ana"))
        let saved = try #require(folder.bytes(of: "draft.json"))
        #expect(VersionedDocument.writtenVersion(in: saved) == VersionedDocument.draft.newestVersion)
        try folder.write(#"{"started": "2026-11-23", "name": "Ana"}"#, to: "draft.json")
        #expect(try drafts.load() == DebriefDraft(started: day("2026-11-23"), name: "Ana"))
        try folder.write(#"{"schemaVersion": 2, "started": "2026-11-23"}"#, to: "draft.json")
        #expect(throws: newer(.draft, in: drafts.file.path)) { try drafts.load() }
        #expect(drafts.exists)
    }
}
