import Foundation
import KithCore
import Testing

/// Random bytes and damaged files, fed to the built `kith` the ways a user can: typed into the
/// shell, given to `import`, saved as a rules file. kith must never crash, must say what is
/// wrong and where, and must leave the store exactly as it was. Seeds are fixed, so a failure
/// can be replayed.
@Suite("Fuzzed input", .serialized)
struct FuzzedInputTests {
    static let validDebriefs = #"""
        [{"name": "Ana Ruiz", "needs": ["a tax adviser"], "offers": ["web design"], "knows": ["Dr. Sol, a chiropractor"]},
         {"name": "Ben Ortiz", "offers": ["tax advice"], "company": "Ortiz & Co", "email": "ben@example.org"}]
        """#
    static let validVCard =
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eva Sol\r\nN:Sol;Eva;;;\r\nEMAIL:eva@example.org\r\n"
        + "TEL;TYPE=cell:+34 600 000 000\r\nORG:Sol Física\r\nTITLE:Physiotherapist\r\nNOTE:Met at the clinic\\, nice\r\nEND:VCARD\r\n"
    static let validCSV =
        "Notes:\nSome preamble LinkedIn adds\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "Luis,Mar,https://www.linkedin.com/in/luis,luis@example.org,Cams SL,Installer,05 Mar 2025\n"

    /// A store with a few people in it, and its bytes before anything is fuzzed.
    private func seededHome() throws -> (KithHome, Data) {
        let home = try KithHome()
        let seed = try home.write(Self.validDebriefs, to: "seed.json")
        let result = try home.run(["import", seed])
        try #require(result.status == 0, "seeding failed: \(result.stderr)")
        return (home, try #require(home.bytes(home.location.storeFile)))
    }

    private func randomBytes(_ random: inout SplitMix64, count: Int) -> Data {
        Data((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })
    }

    /// `data` with a few bytes overwritten, inserted or removed at random places.
    private func damaged(_ data: Data, _ random: inout SplitMix64) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<(1 + random.below(6)) where !bytes.isEmpty {
            let at = random.below(bytes.count)
            switch random.below(3) {
            case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
            case 1: bytes.insert(random.pick([0x00, 0x80, 0xC3, 0xFF, 0x22, 0x7B, 0x0A, 0x3A]), at: at)
            default: bytes.remove(at: at)
            }
        }
        return Data(bytes)
    }

    private func expectNoCrash(_ result: KithResult, _ what: String) {
        #expect(!result.stderr.contains("\u{1B}"), "\(what): an escape character reached the terminal")
        #expect(result.exited, "\(what): killed by a signal")
        #expect(!result.stderr.contains("Fatal error"), "\(what): \(result.stderr)")
        #expect(result.status != 134 && result.status != 139, "\(what): crashed (\(result.status))")
    }

    @Test func randomBytesTypedIntoTheShellNeverCrashItNorTouchTheStore() throws {
        let (home, before) = try seededHome()
        var random = SplitMix64(seed: 0x5EED_0001)
        // Read-only commands with garbage arguments, and lines of pure noise.
        let commands = [
            "who ", "contact ", "why ", "today --limit ", "contacts ", "stats ", "help ", "rules ", "", "", "",
        ]
        for round in 0..<12 {
            var input = Data()
            for _ in 0..<(3 + random.below(8)) {
                input.append(Data(random.pick(commands).utf8))
                var noise = randomBytes(&random, count: random.below(60))
                noise.removeAll { $0 == 0x0A }
                input.append(noise)
                input.append(0x0A)
            }
            input.append(Data("quit\n".utf8))
            let result = try home.runProcess([], bytes: input)
            expectNoCrash(result, "shell round \(round)")
            #expect(home.bytes(home.location.storeFile) == before, "shell round \(round) changed the store")
        }
    }

    @Test(arguments: ["json", "jsonl", "vcf", "csv"])
    func randomOrDamagedImportFilesAreReportedAndNeverDamageTheStore(kind: String) throws {
        let (home, before) = try seededHome()
        var random = SplitMix64(seed: 0x5EED_0002 &+ UInt64(kind.utf8.count))
        let valid: Data
        switch kind {
        case "vcf": valid = Data(Self.validVCard.utf8)
        case "csv": valid = Data(Self.validCSV.utf8)
        case "jsonl":
            valid = Data(#"{"name": "Cora Paz", "needs": ["a lawyer"]}"#.utf8 + [0x0A] + #"{"name": "Dani Gil"}"#.utf8)
        default: valid = Data(#"{"name": "Cora Paz", "needs": ["a lawyer"], "met": "2026-11-20"}"#.utf8)
        }
        for round in 0..<10 {
            let contents =
                round.isMultiple(of: 2) ? randomBytes(&random, count: 1 + random.below(400)) : damaged(valid, &random)
            let path = try home.write(contents, to: "fuzz-\(round).\(kind)")
            let storeBefore = try #require(home.bytes(home.location.storeFile))
            let result = try home.run(["import", path])
            expectNoCrash(result, "\(kind) round \(round)")
            if result.status != 0 {
                #expect(!result.stderr.isEmpty, "\(kind) round \(round): failed without a message")
                // Readable cards and records of a partly broken file are saved; nothing else is.
                let savedSome = result.stdout.split(separator: "\n").contains {
                    $0.hasPrefix("added ") || $0.hasPrefix("updated ")
                }
                if !savedSome {
                    #expect(
                        home.bytes(home.location.storeFile) == storeBefore,
                        "\(kind) round \(round): a failed import changed the store")
                }
            }
            // Whatever was imported, the store still loads and stays private.
            _ = try home.loadNetwork()
            #expect(home.mode(home.location.storeFile) == 0o600)
        }
        // The people seeded first are all still there.
        let names = Set(try home.loadNetwork().contacts.map(\.name))
        #expect(names.isSuperset(of: ["Ana Ruiz", "Ben Ortiz"]))
        _ = before
    }

    @Test func randomOrDamagedRulesFilesAreReportedAndTheShippedRulesKeepWorking() throws {
        let (home, before) = try seededHome()
        var random = SplitMix64(seed: 0x5EED_0003)
        let shipped = try Data(contentsOf: URL(fileURLWithPath: packageRoot).appendingPathComponent("data/rules.json"))
        let userRules = home.dataFolder.appendingPathComponent("rules.json")
        for round in 0..<10 {
            let contents =
                round.isMultiple(of: 2) ? randomBytes(&random, count: 1 + random.below(300)) : damaged(shipped, &random)
            try contents.write(to: userRules)
            let check = try home.run(["rules", "check", userRules.path])
            expectNoCrash(check, "rules check round \(round)")
            if check.status != 0 {
                #expect(
                    check.stdout.contains("rules.json") || check.stderr.contains("rules.json"),
                    "round \(round): the problem does not name the file: \(check.stdout) \(check.stderr)")
            }
            let today = try home.run(["today"])
            expectNoCrash(today, "today with fuzzed rules, round \(round)")
            #expect(today.status == 0, "round \(round): a broken rules file stopped 'today': \(today.stderr)")
            #expect(home.bytes(home.location.storeFile) == before, "round \(round) changed the store")
        }
    }
}
