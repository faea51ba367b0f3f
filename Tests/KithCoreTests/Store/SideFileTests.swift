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
        let undo = #expect(throws: FileProblem.self) { try UndoJournal(location: folder.location).entries() }
        #expect(undo?.file.hasSuffix("undo.json") == true)
        guard case .position(line: 2, column: _)? = undo?.place else {
            Issue.record("not at line 2: \(String(describing: undo))")
            return
        }
        let archive = #expect(throws: FileProblem.self) { try ForgottenArchive(location: folder.location).people() }
        #expect(archive?.file.hasSuffix("forgotten.json") == true)
        guard case .position? = archive?.place else {
            Issue.record("no position: \(String(describing: archive))")
            return
        }
    }

    @Test func filesFromANewerKithAreRefused() throws {
        let folder = try StoreTestFolder()
        try folder.write("{\"schemaVersion\": 99, \"entries\": []}", to: "undo.json")
        try folder.write("{\"schemaVersion\": 99, \"people\": []}", to: "forgotten.json")
        let undo = #expect(throws: FileProblem.self) { try UndoJournal(location: folder.location).entries() }
        #expect(undo?.message == .newerVersion(.undoJournal, found: 99, newest: 1))
        let archive = #expect(throws: FileProblem.self) { try ForgottenArchive(location: folder.location).people() }
        #expect(archive?.message == .newerVersion(.forgottenArchive, found: 99, newest: 1))
    }
}
