import Foundation

@testable import KithCore

/// Shared test data: the shipped data folder, and a compact way to build contacts.
enum MatchingFixtures {
    /// `<package root>/data`, found from this file's path.
    static var shippedDataFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Matching
            .deletingLastPathComponent()  // KithCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("data")
    }

    static let day = Day(dayNumber: 20_500)

    /// The shipped knowledge base; problems are returned for tests that check them.
    static func shippedKnowledge() -> (KnowledgeBase, [KnowledgeFileProblem]) {
        KnowledgeBase.load(defaultsFolder: shippedDataFolder, userFolder: nil)
    }

    static func contact(
        _ id: String, _ name: String, role: String? = nil, company: String? = nil,
        offers: [String] = [], needs: [String] = [], knows: [(String, ContactID?)] = [],
        notes: [String] = []
    ) -> Contact {
        var c = Contact(id: id, name: name, added: day)
        c.role = role
        c.company = company
        c.offers = offers.map { DatedText($0, recorded: day) }
        c.needs = needs.map { Need($0, recorded: day) }
        c.knows = knows.map { Acquaintance($0.0, recorded: day, contactID: $0.1) }
        c.notes = notes.map { DatedText($0, recorded: day) }
        return c
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kith-matching-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
