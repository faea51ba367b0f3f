import Foundation
import Testing

/// `export`, `calendar`, `graph`, `stats` and address-book imports, driven through the binary.
@Suite("Export, calendar, graph and stats commands")
struct ExportCommandTests {
    static let network = #"""
    [{"name": "Luis Pardo", "met": "2026-11-20", "context": "Shopkeepers' breakfast", "company": "Pardo; Hijos",
      "email": "luis@pardo.example", "needs": ["security cameras for his shop"], "knows": ["Marta Ruiz"],
      "promises": ["send him Marta's details"], "tags": ["retail"]},
     {"name": "Marta Ruiz", "met": "2026-08-01", "role": "security systems installer",
      "offers": ["installs security camera systems"]}]
    """#

    func sandbox() throws -> KithSandbox {
        let box = try KithSandbox()
        try box.importRecords(Self.network)
        return box
    }

    @Test func markdownSummaryHoldsTheSections() throws {
        let box = try sandbox()
        let run = try box.run(["export", "luis"])
        #expect(run.status == 0)
        for expected in ["# Luis Pardo", "security cameras for his shop", "send him Marta's details", "Pending actions", "Marta Ruiz"] {
            #expect(run.out.contains(expected), "missing \(expected) in:\n\(run.out)")
        }
    }

    @Test func jsonAndVCardExportsOfOnePerson() throws {
        let box = try sandbox()
        let json = try box.run(["export", "Luis Pardo", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(object?["name"] as? String == "Luis Pardo")
        let card = try box.run(["export", "luis", "--format", "vcard"])
        #expect(card.out.hasPrefix("BEGIN:VCARD\r\nVERSION:4.0\r\n"))
        #expect(card.out.contains("ORG:Pardo\\; Hijos"))
        #expect(card.out.contains("EMAIL:luis@pardo.example"))
        #expect(card.out.contains("CATEGORIES:retail"))
    }

    @Test func vcardExportImportsBackIntoAFreshStore() throws {
        let box = try sandbox()
        let file = box.home.appendingPathComponent("all.vcf")
        #expect(try box.run(["export", "--all", "--format", "vcard", "--output", file.path]).status == 0)
        let fresh = try KithSandbox()
        let imported = try fresh.run(["import", file.path])
        #expect(imported.status == 0, "\(imported.err)")
        let luis = try fresh.run(["contact", "luis", "--json"]).out
        #expect(luis.contains("security cameras for his shop"))
        #expect(luis.contains("luis@pardo.example"))
        #expect(try fresh.run(["contacts"]).out.contains("2 people"))
    }

    @Test func outputIsPrivateAndNeverReplacedWithoutForce() throws {
        let box = try sandbox()
        let file = box.home.appendingPathComponent("luis.md")
        #expect(try box.run(["export", "luis", "--output", file.path]).status == 0)
        var info = stat()
        stat(file.path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        try "keep me".write(to: file, atomically: true, encoding: .utf8)
        let refused = try box.run(["export", "luis", "--output", file.path])
        #expect(refused.status != 0)
        #expect(refused.err.contains("--force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
        #expect(try box.run(["export", "luis", "--output", file.path, "--force"]).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("# Luis Pardo"))
    }

    @Test func anUnwritableOutputFailsClearly() throws {
        let box = try sandbox()
        let run = try box.run(["export", "luis", "--output", box.home.appendingPathComponent("missing/luis.md").path])
        #expect(run.status != 0)
        #expect(run.err.contains("missing/luis.md"))
    }

    @Test func allNeedsAMachineFormat() throws {
        let box = try sandbox()
        #expect(try box.run(["export", "--all"]).status != 0)
        #expect(try box.run(["export", "--all", "--format", "markdown"]).status != 0)
        let json = try box.run(["export", "--all", "--format", "json"])
        #expect(json.out.contains("\"schemaVersion\""))
    }

    @Test func calendarHasOneTodoPerAction() throws {
        let box = try sandbox()
        let run = try box.run(["calendar"])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(run.out.hasSuffix("END:VCALENDAR\r\n\n") || run.out.hasSuffix("END:VCALENDAR\r\n"))
        let todos = run.out.components(separatedBy: "BEGIN:VTODO").count - 1
        let actions = try box.todayLines().count
        #expect(todos == actions && todos > 0)
        #expect(run.out.contains("DUE;VALUE=DATE:20261123"))
        #expect(run.out.contains("@kith\r\n"))
    }

    @Test func graphIsDotWithEveryone() throws {
        let box = try sandbox()
        let run = try box.run(["graph"])
        #expect(run.out.hasPrefix("graph kith {") || run.out.hasPrefix("digraph"))
        #expect(run.out.contains("label=\"Luis Pardo\\nPardo; Hijos\""))
        #expect(run.out.contains("label=\"Marta Ruiz\""))
        #expect(run.out.contains("--"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
    func graphAsSVGWhenGraphvizIsInstalled() throws {
        let run = try sandbox().run(["graph", "--format", "svg"])
        #expect(run.out.contains("<svg"))
    }

    @Test func graphAsSVGWithoutGraphvizSaysSo() throws {
        var box = try sandbox()
        box.environment["PATH"] = box.home.path
        let run = try box.run(["graph", "--format", "svg"])
        #expect(run.status != 0)
        #expect(run.err.contains("graphviz"))
    }

    @Test func statsCountsMeetings() throws {
        let run = try sandbox().run(["stats"])
        #expect(run.status == 0)
        #expect(run.out.contains("█"))
        #expect(run.out.contains("Introductions made: 0"))
    }

    @Test func dryRunImportsOfAddressBooksWriteNothing() throws {
        let box = try KithSandbox()
        let vcf = try box.file("people.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Gil\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n")
        let csv = try box.file("Connections.csv", """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Nuria,Gil,https://www.linkedin.com/in/nuriagil,,Traduce,Translator,15 Mar 2024

            """)
        for file in [vcf, csv] {
            let run = try box.run(["import", "--dry-run", file.path])
            #expect(run.status == 0, "\(run.err)")
            #expect(run.out.contains("would add 1"))
        }
        #expect(!FileManager.default.fileExists(atPath: box.dataFolder.appendingPathComponent("store.json").path))
        #expect(try box.run(["import", csv.path]).status == 0)
        #expect(try box.run(["contact", "nuria", "--json"]).out.contains("Traduce"))
    }
}
