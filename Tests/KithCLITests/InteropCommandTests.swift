import Foundation
import Testing

/// Ana (promised slides), Ben, Cleo (a reconnect is due today), Dana (her reconnect day,
/// 2026-11-28, is five days away).
private let network = """
    [
    {"name": "Ana Ruiz", "met": "2026-11-02", "needs": ["a tax adviser"], "knows": ["Ben Ortiz"],
     "promises": ["send the slides"], "company": "Acme"},
    {"name": "Ben Ortiz", "met": "2026-11-20", "offers": ["tax advice"], "knows": ["Dr. Ruiz, a chiropractor"]},
    {"name": "Cleo Park", "met": "2026-08-01"},
    {"name": "Dana Lee", "met": "2026-08-30"}
    ]
    """

private func sandboxWithNetwork() throws -> KithHome {
    let sandbox = try KithHome()
    try sandbox.importDebriefs(network)
    return sandbox
}

/// The unfolded content lines of an iCalendar text.
private func contentLines(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
}

@Suite struct CalendarCommandTests {
    @Test func eventsForTodaysActionsAndComingReconnects() throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(["calendar"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        let lines = contentLines(text)
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count)
        #expect(lines.contains("DTSTART;VALUE=DATE:20261123"))
        #expect(lines.contains { $0.hasPrefix("SUMMARY:Keep your promise to Ana Ruiz") })
        #expect(lines.contains { $0.hasPrefix("SUMMARY:Catch up with Cleo Park") })
        #expect(lines.contains { $0.hasPrefix("DESCRIPTION:Rule ") })
        #expect(lines.contains("UID:reconnect-\(try danaID(sandbox))@kith"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261128"))
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(!uids.isEmpty && Set(uids).count == uids.count, "UIDs are unique")
        #expect(uids.allSatisfy { $0.hasSuffix("@kith") })
        #expect(
            try sandbox.run(["calendar"]).stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
                == uids,
            "UIDs are stable between runs")
    }

    @Test func todosAndAShortWindow() throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(["calendar", "--todos", "--days", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = contentLines(result.stdout)
        #expect(lines.contains("BEGIN:VTODO"))
        #expect(!lines.contains("BEGIN:VEVENT"))
        #expect(lines.contains("DUE;VALUE=DATE:20261123"))
        #expect(!lines.contains("DUE;VALUE=DATE:20261128"), "Dana's reconnect is outside a 0-day window")
    }

    @Test func snoozedActionsComeOnTheDayTheyReturn() throws {
        let sandbox = try sandboxWithNetwork()
        let ana = try contactID("Ana Ruiz", sandbox)
        let url = sandbox.dataFolder.appendingPathComponent("store.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        document["actionLog"] = [
            [
                "id": "abcdef", "key": "keep-your-promise|\(ana)|send the slides",
                "ruleID": "keep-your-promise", "state": "snoozed", "on": "2026-11-22", "until": "2026-11-26",
            ]
        ]
        try JSONSerialization.data(withJSONObject: document).write(to: url)
        let lines = contentLines(try sandbox.run(["calendar"]).stdout)
        let start = try #require(lines.firstIndex { $0.hasPrefix("SUMMARY:Keep your promise to Ana Ruiz") })
        let event = lines[..<start].reversed().prefix { $0 != "BEGIN:VEVENT" }
        #expect(event.contains("DTSTART;VALUE=DATE:20261126"), "\(event)")
    }

    @Test func badDaysAndOutputToAFile() throws {
        let sandbox = try sandboxWithNetwork()
        let bad = try sandbox.run(["calendar", "--days", "-3"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--days"), "\(bad.stderr)")
        let written = try sandbox.run(["calendar", "--output", "kith.ics"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(sandbox.read("kith.ics")?.hasPrefix("BEGIN:VCALENDAR") == true)
        #expect(try sandbox.run(["calendar", "--output", "kith.ics"]).stderr.contains("use --force"))
    }

    private func danaID(_ sandbox: KithHome) throws -> String { try contactID("Dana Lee", sandbox) }
}

private func contactID(_ name: String, _ sandbox: KithHome) throws -> String {
    let output = try sandbox.run(["export", name, "--format", "json"]).stdout
    let record = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    return try #require(record["id"] as? String)
}

@Suite struct GraphCommandTests {
    @Test func dotHasEveryPersonAndTheirLinks() throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(["graph"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("graph kith {\n"))
        #expect(result.stdout.hasSuffix("}\n"))
        for name in ["Ana Ruiz\\nAcme", "Ben Ortiz", "Cleo Park", "Dana Lee", "Dr. Ruiz, a chiropractor"] {
            #expect(result.stdout.contains("label=\"\(name)"), "missing \(name)")
        }
        let (ana, ben) = (try contactID("Ana Ruiz", sandbox), try contactID("Ben Ortiz", sandbox))
        let pair = [ana, ben].sorted()
        #expect(result.stdout.contains("\"c:\(pair[0])\" -- \"c:\(pair[1])\";"))
    }

    @Test func madeIntroductionsAreDashedEdges() throws {
        let sandbox = try sandboxWithNetwork()
        let (ana, cleo) = (try contactID("Ana Ruiz", sandbox), try contactID("Cleo Park", sandbox))
        let url = sandbox.dataFolder.appendingPathComponent("store.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        document["introductions"] = [
            ["first": cleo, "second": ana, "why": "a designer", "suggested": "2026-11-20", "made": "2026-11-21"],
            ["first": ana, "second": cleo, "why": "only suggested", "suggested": "2026-11-22"],
        ]
        try JSONSerialization.data(withJSONObject: document).write(to: url)
        let output = try sandbox.run(["graph", "--format", "dot"]).stdout
        #expect(output.contains("\"c:\(cleo)\" -- \"c:\(ana)\" [style=dashed"))
        #expect(output.components(separatedBy: "style=dashed").count == 2, "only made introductions are drawn")
    }

    @Test(.enabled(if: graphvizIsInstalled(), "Graphviz's dot is not installed"))
    func svgThroughGraphviz() throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(["graph", "--format", "svg", "--output", "network.svg"])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try #require(sandbox.read("network.svg"))
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Ana Ruiz"))
    }

    @Test func svgWithoutGraphvizSaysWhatToDo() throws {
        let sandbox = try sandboxWithNetwork()
        let empty = sandbox.folder.appendingPathComponent("empty-bin")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try sandbox.run(["graph", "--format", "svg"], environment: ["PATH": empty.path])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains("Graphviz's dot is not installed; install the graphviz package or use --format dot"),
            "\(result.stderr)")
    }
}

@Suite struct StatsCommandTests {
    @Test func statsOfASmallNetwork() throws {
        let sandbox = try sandboxWithNetwork()
        let result = try sandbox.run(["stats"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("Debriefs per week (last 12 weeks, 2 in all") == true, "\(result.stdout)")
        #expect(lines.contains { $0.contains("2026-11-02 █") && $0.hasSuffix(" 1") })
        #expect(lines.contains { $0.contains("2026-11-16 █") && $0.hasSuffix(" 1") })
        #expect(lines.contains("  2026-11-09 0"))
        #expect(result.stdout.contains("Follow-up rate: 0% (0 of 2 meetings followed up within 2 days)"))
        #expect(result.stdout.contains("Introductions made: 0"))
        #expect(result.stdout.contains("Needs solved: 0"))
    }

    @Test func emptyNetworkAndBadWeeks() throws {
        let sandbox = try KithHome()
        let result = try sandbox.run(["stats", "--weeks", "4"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("no meetings to measure yet"))
        #expect(try sandbox.run(["stats", "--weeks", "0"]).stderr.contains("--weeks"))
    }
}

@Suite struct ImportDryRunTests {
    @Test func vcardDryRunReportsAndWritesNothing() throws {
        let sandbox = try KithHome()
        try sandbox.write(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eva Sol\r\nEMAIL:eva@example.org\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\r\nEND:VCARD\r\n", to: "book.vcf")
        let result = try sandbox.run(["import", "--dry-run", "book.vcf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added    Eva Sol"))
        #expect(result.stdout.contains("skipped  (no name"))
        #expect(result.stdout.contains("would add 1, would update 0, skipped 1"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.dataFolder.appendingPathComponent("store.json").path))
    }

    @Test func linkedInDryRunReportsUpdatesAndWritesNothing() throws {
        let sandbox = try KithHome()
        try sandbox.importDebriefs(#"{"name": "Ben Ortiz", "met": "2026-11-20"}"#)
        let before = sandbox.read("home/store.json")
        try sandbox.write(
            """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ben,Ortiz,https://www.linkedin.com/in/ben,,Numbers & Co,Partner,05 Mar 2024
            Fay,Wu,https://www.linkedin.com/in/fay,fay@example.org,Acme,CTO,12 Jan 2025

            """, to: "Connections.csv")
        let result = try sandbox.run(["import", "Connections.csv", "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("updated  Ben Ortiz"), "\(result.stdout)")
        #expect(result.stdout.contains("added    Fay Wu"))
        #expect(result.stdout.contains("would add 1, would update 1"))
        #expect(sandbox.read("home/store.json") == before)
    }
}

/// True when Graphviz's `dot` is on PATH (the SVG test needs it).
private func graphvizIsInstalled() -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/dot")
    }
}
