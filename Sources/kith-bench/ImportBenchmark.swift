import Foundation
import KithCore

/// Times `kith import` of one address book of `size` people into an empty store, in the three
/// shapes people bring: debrief records as JSON Lines, one vCard file (a phone's export) and
/// LinkedIn's Connections.csv; and `jq empty` on the store each import makes.
struct ImportBenchmark {
    struct Result {
        let size: Int
        /// (format, import time, `jq empty` on the resulting store, store bytes)
        var rows: [(format: String, importTime: Measurement, jq: Measurement, storeBytes: Int)] = []
    }

    let size: Int
    let runs: Int
    let folder: URL
    let tools: BenchTools

    func run(log: (String) -> Void) throws -> Result {
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        var result = Result(size: size)
        let files = [
            ("JSON Lines", "people.jsonl", jsonLines()), ("vCard", "phone.vcf", vCards()),
            ("Connections.csv", "Connections.csv", connections()),
        ]
        for (format, name, text) in files {
            log("\(size) people: import \(format)")
            let file = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            let home = folder.appendingPathComponent("home-" + name)
            let store = StoreLocation(folder: home).storeFile
            let environment = tools.environment(home: home)
            let importTime = Measurement.child(
                runs: runs, tools.kith, ["import", file.path], environment: environment,
                launcher: tools.launcher
            ) {
                try? FileManager.default.removeItem(at: home)
                try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            }
            var jq = Measurement(missing: "no jq")
            if let jqPath = tools.jq {
                jq = Measurement.child(
                    runs: runs, jqPath, ["empty", store.path], environment: environment, launcher: tools.launcher)
            }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? 0
            result.rows.append((format, importTime, jq, bytes))
        }
        return result
    }

    /// Person `i`: a name (every 50th shares a name with another person, with other keys),
    /// an e-mail, a phone, a company and a role.
    func person(_ i: Int) -> (first: String, last: String, email: String, phone: String, company: String, role: String)
    {
        let firsts = ["Ana", "Ben", "Cara", "Dan", "Eva", "Femi", "Gus", "Hana", "Ivo", "Jia", "Kofi", "Lena"]
        let lasts = ["Ruiz", "Ortiz", "Diaz", "Ito", "Lund", "Okafor", "Park", "Smith", "Nowak", "Rossi"]
        let n = i % 50 == 49 ? i - 1 : i
        return (
            firsts[n % firsts.count], "\(lasts[n / firsts.count % lasts.count])-\(n)", "person\(i)@example.org",
            "+34 600 \(String(format: "%06d", i))", "Company \(i % 997)",
            ["Engineer", "Designer", "Founder", "Lawyer"][i % 4]
        )
    }

    func jsonLines() -> String {
        (0..<size).map { i in
            let p = person(i)
            return #"{"name": "\#(p.first) \#(p.last)", "met": "2026-11-\#(String(format: "%02d", 1 + i % 20))", "#
                + #""context": "meetup \#(i % 30)", "email": "\#(p.email)", "company": "\#(p.company)", "#
                + #""needs": ["help with \#(["hiring", "taxes", "a website", "investors"][i % 4])"], "offers": ["\#(p.role.lowercased()) advice"]}"#
        }.joined(separator: "\n") + "\n"
    }

    func vCards() -> String {
        (0..<size).map { i in
            let p = person(i)
            return
                "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-\(i)\r\nFN:\(p.first) \(p.last)\r\nN:\(p.last);\(p.first);;;\r\n"
                + "EMAIL;TYPE=INTERNET;TYPE=WORK:\(p.email)\r\nTEL;TYPE=CELL:\(p.phone)\r\nORG:\(p.company)\r\n"
                + "TITLE:\(p.role)\r\nNOTE:Met at meetup \(i % 30)\r\nEND:VCARD\r\n"
        }.joined()
    }

    func connections() -> String {
        "Notes:\n\"Some e-mail addresses may be missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + (0..<size).map { i in
                let p = person(i)
                return
                    "\(p.first),\(p.last),https://www.linkedin.com/in/p\(i),\(i % 3 == 0 ? p.email : ""),\(p.company),\(p.role),"
                    + "\(1 + i % 28) Mar 2024"
            }.joined(separator: "\n") + "\n"
    }
}

extension ImportBenchmark.Result {
    static let header =
        "| People | Format | `kith import` into an empty store | `jq empty` on the store it made | Ratio | Store |"

    /// The import table, and the goal at 10k: each import ≤ 5× `jq empty`.
    static func render(_ results: [ImportBenchmark.Result], runs: Int) -> String {
        var lines = [header, "|---:|---|---:|---:|---:|---:|"]
        var goals: [String] = []
        for r in results {
            for row in r.rows {
                let ratio = row.importTime.median.flatMap { t in row.jq.median.map { t / max($0, 1e-6) } }
                lines.append(
                    "| "
                        + [
                            ResultsTable.count(r.size), row.format, ResultsTable.time(row.importTime),
                            ResultsTable.time(row.jq), ratio.map { String(format: "%.1f×", $0) } ?? "–",
                            ResultsTable.bytes(row.storeBytes),
                        ].joined(separator: " | ") + " |")
                if r.size == 10_000 {
                    goals.append(
                        "- [\(ratio.map { $0 <= 5 } == true ? "x" : " ")] import of 10k \(row.format) ≤ 5× `jq empty` "
                            + "(\(ResultsTable.time(row.importTime)) vs \(ResultsTable.time(row.jq)))")
                }
            }
        }
        lines.append("")
        lines.append(
            "Median of \(runs) run\(runs == 1 ? "" : "s"); each import is a whole `kith import` process into an empty "
                + "store (read, match, merge, one save). Every 50th person shares a name with another, with other keys."
        )
        if !goals.isEmpty { lines += ["", "Goals at 10k people:"] + goals }
        return lines.joined(separator: "\n")
    }
}
