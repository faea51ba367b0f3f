import Foundation
import KithCore
import Testing

@testable import KithCLI

/// Problems with kith's own files are worded at the edge, in the user's language, one way for
/// every document.
@Suite struct FileProblemTextTests {
    private func book(_ language: PromptBook.Language) throws -> PromptBook {
        try PromptBook(
            language: language, promptsFolder: URL(fileURLWithPath: packageRoot).appendingPathComponent("prompts"))
    }

    @Test func aNewerVersionReadsTheSameForEveryDocument() throws {
        let english = try book(.en)
        let spanish = try book(.es)
        for kind in VersionedDocument.Kind.allCases {
            let problem = FileProblem(file: "/d/f.json", message: .newerVersion(kind, found: 3, newest: 2))
            let en = FileProblemText.text(problem, english)
            #expect(en.hasPrefix("/d/f.json: the "), "\(en)")
            #expect(en.contains(" was written by a newer kith (schema version 3; this kith reads up to 2)"), "\(en)")
            #expect(!en.contains("document."), "\(en)")
            let es = FileProblemText.text(problem, spanish)
            #expect(es.hasPrefix("/d/f.json: el "), "\(es)")
            #expect(
                es.contains(" lo escribió una versión más nueva de kith (versión de esquema 3; esta lee hasta la 2)"),
                "\(es)")
            #expect(!es.contains("document."), "\(es)")
        }
    }

    @Test func whereInTheFileIsNamed() throws {
        let at = FileProblem(file: "f.json", place: .position(line: 2, column: 7), message: .detail("expected a value"))
        #expect(FileProblemText.text(at, try book(.en)) == "f.json, line 2, column 7: expected a value")
        #expect(FileProblemText.text(at, try book(.es)) == "f.json, línea 2, columna 7: expected a value")
        let entry = FileProblem(file: "f.json", place: .entry(path: "rules[2].id"), message: .detail("blank"))
        #expect(FileProblemText.text(entry, try book(.en)) == "f.json, rules[2].id: blank")
    }

    @Test func aNewerStoreSaysWhatToDoAndOtherErrorsAreLeftAlone() throws {
        let problem = VersionedDocument.store.refusal(of: 9, in: "s.json")
        let text = FileProblemText.text(for: StoreError.newerVersion(problem), try book(.en))
        #expect(text?.hasPrefix("s.json: the store was written by a newer kith (schema version 9;") == true)
        #expect(text?.hasSuffix("Run 'kith doctor' to check it and the backup.") == true)
        #expect(FileProblemText.text(for: StoreError.missing(path: "s", backup: "b"), try book(.en)) == nil)
    }
}
