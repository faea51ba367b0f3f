import Foundation
import Testing
@testable import KithCore

/// The undo journal and the archive of forgotten people read as the store does: missing is
/// empty, and a damaged file or one from a newer kith is refused with where and why.
@Suite struct SideFileTests {
    @Test func missingFilesAreEmpty() throws {
        let folder = try StoreTestFolder()
        #expect(try UndoJournal(location: folder.location).entries().isEmpty)
        #expect(try ForgottenArchive(location: folder.location).people().isEmpty)
    }

    @Test func damagedFilesNameThePositionOfTheProblem() throws {
        let folder = try StoreTestFolder()
        try folder.write("{\"schemaVersion\": 1,\n \"entries\": [}", to: "undo.json")
        try folder.write("{\"schemaVersion\": 1, \"people\": [", to: "forgotten.json")
        let undo = #expect(throws: UndoJournal.Problem.self) { try UndoJournal(location: folder.location).entries() }
        #expect(undo?.path.hasSuffix("undo.json") == true)
        #expect(undo?.reason.hasPrefix("invalid JSON at line 2") == true, "\(undo?.reason ?? "")")
        let archive = #expect(throws: ForgottenArchive.Problem.self) { try ForgottenArchive(location: folder.location).people() }
        #expect(archive?.path.hasSuffix("forgotten.json") == true)
        #expect(archive?.reason.hasPrefix("invalid JSON") == true, "\(archive?.reason ?? "")")
    }

    @Test func filesFromANewerKithAreRefused() throws {
        let folder = try StoreTestFolder()
        try folder.write("{\"schemaVersion\": 99, \"entries\": []}", to: "undo.json")
        try folder.write("{\"schemaVersion\": 99, \"people\": []}", to: "forgotten.json")
        let undo = #expect(throws: UndoJournal.Problem.self) { try UndoJournal(location: folder.location).entries() }
        #expect(undo?.description.contains("newer kith (schema version 99)") == true)
        let archive = #expect(throws: ForgottenArchive.Problem.self) { try ForgottenArchive(location: folder.location).people() }
        #expect(archive?.description.contains("newer kith (schema version 99)") == true)
    }
}
