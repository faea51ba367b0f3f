import Foundation
import Testing

@testable import KithCore

@Suite("Errors in config.toml name the file, line and key")
struct ConfigurationErrorTests {
    /// The problem reading `text`, with its line and key.
    private func problem(_ text: String) throws -> ConfigurationError {
        let folder = try ConfigurationTestFolder()
        try folder.write(text)
        let problem = try #require(folder.problem(), "expected an error for:\n\(text)")
        #expect(problem.path == folder.file.path)
        return problem
    }

    @Test("text that is not TOML: the parser's line")
    func syntax() throws {
        let error = try problem("version = 1\nlanguage = \"es\"\n\n[sync\ncontacts = \"x\"\n")
        #expect(error.line == 4)
        guard case .syntax(let detail) = error.problem else {
            Issue.record("\(error)")
            return
        }
        #expect(!detail.isEmpty)
    }

    @Test("a value of the wrong type")
    func wrongType() throws {
        let error = try problem("version = 1\n[sync]\ncontacts = \"x\"\ntask-days = \"7\"\n")
        #expect(
            error
                == ConfigurationError(
                    path: error.path, line: 4, key: "sync.task-days",
                    problem: .wrongType(expected: .integer, found: .string)))
        let list = try problem("[sync]\ncontacts = \"x\"\ntags = [\"a\", 2]\n")
        #expect(list.problem == .wrongType(expected: .stringArray, found: .integer))
        #expect(list.line == 3)
        let table = try problem("sync = 3\n")
        #expect(table.problem == .wrongType(expected: .table, found: .integer))
        #expect(table.key == "sync")
    }

    @Test("unknown keys at the top, in [sync] and in a tier, each with its line")
    func unknownKeys() throws {
        let top = try problem("version = 1\nlangauge = \"es\"\n")
        #expect(top == ConfigurationError(path: top.path, line: 2, key: "langauge", problem: .unknownKey))
        let sync = try problem("[sync]\ncontacts = \"x\"\n\ncontact = \"y\"\n")
        #expect(sync.line == 4)
        #expect(sync.key == "sync.contact")
        let tier = try problem("[tiers.close]\nideal = 10\nmax = 20\n")
        #expect(tier.key == "tiers.close.max")
        #expect(tier.line == 3)
    }

    @Test("the first problem in file order is the one reported")
    func firstInFileOrder() throws {
        let error = try problem("zzz = 1\naaa = 2\n")
        #expect(error.key == "zzz")
        #expect(error.line == 1)
    }

    @Test("a newer version is refused before anything else is read")
    func newerVersion() throws {
        let error = try problem("version = 2\nsomething-new = true\n")
        #expect(
            error
                == ConfigurationError(
                    path: error.path, line: 1, key: "version",
                    problem: .newerVersion(found: 2, supported: 1)))
        let zero = try problem("version = 0\n")
        #expect(zero.problem == .outOfRange(value: 0, minimum: 1, maximum: .max))
    }

    @Test("values outside what is allowed")
    func values() throws {
        #expect(try problem("language = \"fr\"\n").problem == .notAllowed(value: "fr", allowed: ["en", "es"]))
        #expect(
            try problem("introductions = \"bothways\"\n").problem
                == .notAllowed(value: "bothways", allowed: ["both-ways", "double-opt-in"]))
        let belowIdeal = try problem("[tiers.close]\nideal = 50\n")
        #expect(belowIdeal.problem == .maximumBelowIdeal(ideal: 50, maximum: 45))
        #expect(belowIdeal.line == 2)
        #expect(try problem("[tiers.weekly]\nideal = 7\n").problem == .missingKey)
        #expect(try problem("[tiers.close]\nideal = 0\n").problem == .outOfRange(value: 0, minimum: 1, maximum: 36500))
        let unknownTier = try problem("[tiers]\ndefault = \"inner\"\n")
        #expect(unknownTier.problem == .notAllowed(value: "inner", allowed: ["acquaintance", "close", "regular"]))
        #expect(unknownTier.line == 2)
        let tagTier = try problem("[tag-tiers]\nfamily = \"inner\"\n[tiers.inner2]\nideal = 1\nmaximum = 2\n")
        #expect(tagTier.key == "tag-tiers.family")
        #expect(tagTier.line == 2)
        let privateField = try problem("[sync]\ncontacts = \"x\"\nprivate = [\"notes\", \"secrets\"]\n")
        #expect(privateField.problem == .notAllowed(value: "secrets", allowed: SyncSettings.privatableFields))
        #expect(SyncSettings.privatableFields.contains("promises") && !SyncSettings.privatableFields.contains("name"))
        #expect(
            try problem("[sync]\ncontacts = \"x\"\ntask-days = 0\n").problem
                == .outOfRange(value: 0, minimum: 1, maximum: 366))
        let missing = try problem("[sync]\ntasks = \"x\"\n")
        #expect(missing.problem == .missingKey)
        #expect(missing.key == "sync.contacts")
        #expect(missing.line == 1)
        #expect(try problem("[sync]\ncontacts = \"\"\n").problem == .notAllowed(value: "", allowed: []))
    }

    @Test("a file that cannot be read, or is not text")
    func unreadable() throws {
        let folder = try ConfigurationTestFolder()
        try FileManager.default.createDirectory(at: folder.file, withIntermediateDirectories: true)
        guard case .unreadable(let reason) = folder.problem()?.problem else {
            Issue.record("a folder in place of the file should be unreadable")
            return
        }
        #expect(reason.lowercased().contains("directory"))
        let binary = try ConfigurationTestFolder()
        try Data([0x6C, 0x61, 0xFF, 0xFE, 0x0A]).write(to: binary.file)
        #expect(binary.problem()?.problem == .notText)
    }
}
