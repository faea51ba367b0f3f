import Foundation
import Testing

@testable import KithCore

@Suite("Changing config.toml keeps everything else")
struct ConfigurationEditTests {
    @Test("a new file: version 1 and the key, mode 0600, in a new folder")
    func newFile() throws {
        let folder = try ConfigurationTestFolder()
        let file = ConfigurationFile(url: folder.url.appendingPathComponent("new/kith/config.toml"), home: "/home/ana")
        let configuration = try file.apply([.set(["introductions"], .string("double-opt-in"))])
        #expect(configuration.introductionStyle == .doubleOptIn)
        #expect(try String(contentsOf: file.url, encoding: .utf8) == "version = 1\nintroductions = \"double-opt-in\"\n")
        let mode = try FileManager.default.attributesOfItem(atPath: file.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("replacing a value keeps its comment, and the rest of the file byte for byte")
    func replace() throws {
        let folder = try ConfigurationTestFolder()
        try folder.write(fullConfiguration)
        try folder.configuration.apply([
            .set(["language"], .string("en")), .set(["sync", "private"], .strings(["notes"])),
        ])
        let expected =
            fullConfiguration
            .replacingOccurrences(of: "language = \"es\"   # Spanish", with: "language = \"en\"   # Spanish")
            .replacingOccurrences(
                of: """
                    private = [
                        "notes",   # kept on this machine
                        "promises",
                    ]
                    """, with: "private = [\"notes\"]")
        #expect(try folder.text() == expected + "\n")
    }

    @Test("a key is added after its table's last key; a missing table goes at the end")
    func insert() throws {
        let folder = try ConfigurationTestFolder()
        try folder.write(
            "# mine\nlanguage = \"es\"\n\n[tag-tiers]\nfamily = \"close\"\n\n# sync below\n[sync]\ncontacts = \"x\"\n")
        let configuration = try folder.configuration.apply([
            .set(["tag-tiers", "old friends"], .string("regular")), .set(["introductions"], .string("both-ways")),
            .set(["tiers", "weekly", "ideal"], .integer(7)), .set(["tiers", "weekly", "maximum"], .integer(10)),
        ])
        #expect(
            try folder.text() == """
                # mine
                language = "es"
                introductions = "both-ways"

                [tag-tiers]
                family = "close"
                "old friends" = "regular"

                # sync below
                [sync]
                contacts = "x"

                [tiers.weekly]
                ideal = 7
                maximum = 10

                """)
        #expect(configuration.tagTiers["old friends"] == "regular")
        #expect(configuration.cadenceTiers["weekly"] == CadenceTier(idealDays: 7, maximumDays: 10))
    }

    @Test("a top-level key in a file with only tables goes above them and their comment")
    func insertTopLevel() throws {
        let folder = try ConfigurationTestFolder()
        try folder.write("# where to sync\n[sync]\ncontacts = \"x\"\n")
        try folder.configuration.apply([.set(["language"], .string("es"))])
        #expect(try folder.text() == "language = \"es\"\n\n# where to sync\n[sync]\ncontacts = \"x\"\n")
    }

    @Test("removing a key removes its lines only")
    func remove() throws {
        let folder = try ConfigurationTestFolder()
        try folder.write("[tag-tiers]\nfamily = \"close\"  # mum\nwork = \"regular\"\n")
        let configuration = try folder.configuration.apply([
            .remove(["tag-tiers", "family"]), .remove(["tag-tiers", "nobody"]),
        ])
        #expect(try folder.text() == "[tag-tiers]\nwork = \"regular\"\n")
        #expect(configuration.tagTiers == ["work": "regular"])
    }

    @Test("removing a table's last key removes the table")
    func removeTable() throws {
        let folder = try ConfigurationTestFolder()
        try folder.write("language = \"es\"\n\n[tiers.weekly]\nideal = 7\nmaximum = 9\n\n[sync]\ncontacts = \"x\"\n")
        try folder.configuration.apply([
            .remove(["tiers", "weekly", "ideal"]), .remove(["tiers", "weekly", "maximum"]),
        ])
        #expect(try folder.text() == "language = \"es\"\n\n[sync]\ncontacts = \"x\"\n")
        try folder.configuration.apply([.remove(["sync", "contacts"])])
        #expect(try folder.text() == "language = \"es\"\n")
    }

    @Test("an edit kith cannot make in the user's layout is refused and the file left as it was")
    func inlineTable() throws {
        let folder = try ConfigurationTestFolder()
        let text = "tiers = { close = { ideal = 10, maximum = 20 } }\n"
        try folder.write(text)
        #expect(throws: ConfigurationError.self) {
            try folder.configuration.apply([.set(["tiers", "close", "ideal"], .integer(12))])
        }
        #expect(try folder.text() == text)
    }

    @Test("a broken file is never written over")
    func brokenFile() throws {
        let folder = try ConfigurationTestFolder()
        let text = "language = \"es\n[sync]\n"
        try folder.write(text)
        var thrown: ConfigurationError?
        do {
            try folder.configuration.apply([.set(["introductions"], .string("both-ways"))])
        } catch let error as ConfigurationError {
            thrown = error
        }
        guard case .syntax = thrown?.problem else {
            Issue.record("expected the syntax error, got \(String(describing: thrown))")
            return
        }
        #expect(thrown?.line == 1)
        #expect(try folder.text() == text)
    }

    @Test("a value that would make the file invalid is refused")
    func invalidValue() throws {
        let folder = try ConfigurationTestFolder()
        try folder.write("language = \"es\"\n")
        #expect(throws: ConfigurationError.self) {
            try folder.configuration.apply([.set(["tag-tiers", "family"], .string("no-such-tier"))])
        }
        #expect(try folder.text() == "language = \"es\"\n")
    }

    @Test("a symlinked file is written through the link, which stays")
    func symlink() throws {
        let folder = try ConfigurationTestFolder()
        let real = folder.url.appendingPathComponent("dotfiles-config.toml")
        try Data("language = \"es\"\n".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(at: folder.file, withDestinationURL: real)
        try folder.configuration.apply([.set(["language"], .string("en"))])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file.path) == real.path)
        #expect(try String(contentsOf: real, encoding: .utf8) == "language = \"en\"\n")
    }

    @Test("keys and strings with quotes, spaces and control characters are written as valid TOML")
    func quoting() throws {
        let folder = try ConfigurationTestFolder()
        let tag = "a \"b\" \\ c\u{1}"
        let configuration = try folder.configuration.apply([.set(["tag-tiers", tag], .string("close"))])
        #expect(configuration.tagTiers[TextFolding.fold(tag)] == "close")
        #expect(try folder.configuration.apply([.remove(["tag-tiers", tag])]).tagTiers.isEmpty)
    }
}
