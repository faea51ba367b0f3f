import Foundation

/// Where the test files are: kith's own minimal files (one per failure kind, in `Fixtures/`
/// beside the tests) and the real-world vCard exports shared beside the repository.
enum FixtureFiles {
    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One of kith's own fixture files, e.g. `own("vcard/cr-cr-lf.vcf")`.
    static func own(_ path: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: own(path))
    }

    /// The folder of real-world vCard files: `KITH_VCARD_FIXTURES`, else `shared/fixtures/vcard`
    /// beside the repository (or beside its parent folder, for a worktree); nil when absent.
    static let sharedVCardFolder: URL? = {
        if let path = ProcessInfo.processInfo.environment["KITH_VCARD_FIXTURES"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var folder = repository.deletingLastPathComponent()
        for _ in 0..<2 {
            let candidate = folder.appendingPathComponent("shared/fixtures/vcard")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// Every `.vcf` file under the shared folder, by path relative to it.
    static func sharedVCards() -> [String] {
        guard let folder = sharedVCardFolder,
            let walker = FileManager.default.enumerator(atPath: folder.path)
        else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".vcf") }.sorted()
    }
}
