import Foundation

/// Prints the results as a Markdown table, and the goals at 10k contacts as a checklist.
enum ResultsTable {
    static let header =
        "| Contacts | Store | `jq empty` | Load | Index build | Debrief save | `who` cold | `today` cold | `today` cold, first after a change | `who` warm | `today` warm | `today` after a change | Peak memory (cold `who` / `today` / first `today`) |"

    static func render(_ results: [SizeBenchmark.Result], runs: Int) -> String {
        var lines = [header, "|" + String(repeating: "---:|", count: 13)]
        for r in results {
            let peak = max(r.whoCold.peakBytes, r.todayCold.peakBytes, r.todayColdFresh.peakBytes)
            let ratio = r.storeBytes > 0 ? String(format: " (%.1f× store)", Double(peak) / Double(r.storeBytes)) : ""
            lines.append(
                "| "
                    + [
                        count(r.size), bytes(r.storeBytes), time(r.jq), time(r.load), time(r.indexBuild),
                        time(r.save) + " (encode " + time(r.encode) + ")",
                        time(r.whoCold), time(r.todayCold), time(r.todayColdFresh), time(r.whoWarm), time(r.todayWarm),
                        time(r.todayAfterChange),
                        bytes(r.whoCold.peakBytes) + " / " + bytes(r.todayCold.peakBytes) + " / "
                            + bytes(r.todayColdFresh.peakBytes) + ratio,
                    ].joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(
            "Median of \(runs) run\(runs == 1 ? "" : "s") (warm: of at least 5). Cold = a whole `kith` process; "
                + "warm = in memory, as in the shell: `today` warm ranks the matches the shell keeps between changes; "
                + "`today` after a change recomputes them (as after `done` or a debrief), keeping the index when no "
                + "searchable text changed. Cold `today` finds the solver answers of an earlier run on disk; its first "
                + "run after searchable text changed works them out (and saves them). Load, index build and save are in-process; "
                + "a save is one Store.update applying a debrief: encode, backup link, write, fsync, rename.")
        return lines.joined(separator: "\n")
    }

    /// Every reading command, cold, and how it compares with `jq empty` on the same store.
    static func readers(_ results: [SizeBenchmark.Result]) -> String {
        let names = SizeBenchmark.readingCommands.map(\.name)
        var lines = [
            "| Contacts | `jq empty` | " + names.map { "`\($0)`" }.joined(separator: " | ") + " |",
            "|" + String(repeating: "---:|", count: names.count + 2),
        ]
        for r in results {
            let cells = r.readers.map { reader -> String in
                guard let x = reader.measurement.median, let jq = r.jq.median, jq > 0 else {
                    return time(reader.measurement)
                }
                return time(reader.measurement) + String(format: " (%.1f×)", x / jq)
            }
            lines.append("| " + ([count(r.size), time(r.jq)] + cells).joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(
            "Cold runs of the commands that read the store (output discarded), and each as a multiple of `jq empty`.")
        return lines.joined(separator: "\n")
    }

    /// The goals at 10k contacts, each marked met or missed.
    static func goals(_ results: [SizeBenchmark.Result]) -> String? {
        guard let r = results.first(where: { $0.size == 10_000 }), let jq = r.jq.median else { return nil }
        var lines = ["Goals at 10k contacts:"]
        func check(_ ok: Bool?, _ text: String) { lines.append("- [\(ok == true ? "x" : " ")] " + text) }
        check(r.todayCold.median.map { $0 <= jq }, "cold `today` ≤ `jq empty` (\(time(r.todayCold)) vs \(time(r.jq)))")
        check(
            r.todayColdFresh.median.map { $0 <= jq },
            "cold `today` ≤ `jq empty` on the first run after searchable text changed (\(time(r.todayColdFresh)))")
        check(r.whoCold.median.map { $0 <= jq }, "cold `who` ≤ `jq empty` (\(time(r.whoCold)) vs \(time(r.jq)))")
        for reader in r.readers {
            check(
                reader.measurement.median.map { $0 <= jq },
                "cold `\(reader.name)` ≤ `jq empty` (\(time(reader.measurement)))")
        }
        check(r.save.median.map { $0 <= jq / 2 }, "debrief save ≤ half of `jq empty` (\(time(r.save)))")
        check(r.whoWarm.median.map { $0 < 0.010 }, "warm `who` < 10 ms (\(time(r.whoWarm)))")
        check(r.todayWarm.median.map { $0 < 0.010 }, "warm `today` < 10 ms (\(time(r.todayWarm)))")
        let peak = max(r.whoCold.peakBytes, r.todayCold.peakBytes, r.todayColdFresh.peakBytes)
        check(peak < 5 * r.storeBytes, "peak memory < 5× store (\(bytes(peak)) vs \(bytes(r.storeBytes)))")
        if let big = results.first(where: { $0.size == 100_000 }) {
            for (name, a, b) in [
                ("cold `who`", big.whoCold, r.whoCold), ("cold `today`", big.todayCold, r.todayCold),
                ("first cold `today`", big.todayColdFresh, r.todayColdFresh),
                ("load", big.load, r.load), ("save", big.save, r.save),
            ] {
                guard let x = a.median, let y = b.median, y > 0 else { continue }
                check(x <= 12 * y, String(format: "100k \(name) ≤ 12× 10k (%.1f×)", x / y))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func time(_ m: Measurement) -> String {
        if let missing = m.missing { return "n/a (\(missing))" }
        guard let s = m.median else { return "–" }
        if s < 0.001 { return String(format: "%.0f µs", s * 1e6) }
        if s < 1 { return String(format: "%.1f ms", s * 1e3) }
        return String(format: "%.2f s", s)
    }

    static func bytes(_ n: Int) -> String {
        let d = Double(n)
        if d >= 1_073_741_824 { return String(format: "%.2f GB", d / 1_073_741_824) }
        if d >= 1_048_576 { return String(format: "%.1f MB", d / 1_048_576) }
        return String(format: "%.0f KB", d / 1024)
    }

    static func count(_ n: Int) -> String {
        n >= 1000 && n % 1000 == 0 ? "\(n / 1000)k" : "\(n)"
    }
}
