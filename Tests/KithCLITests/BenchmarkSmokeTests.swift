import Foundation
import Testing

/// Runs `kith-bench --quick` (the 1k size, once) to check the benchmark still completes.
/// No timings are checked.
struct BenchmarkSmokeTests {
    @Test func quickBenchmarkCompletesAndPrintsTheTable() throws {
        let path = try #require(builtExecutable(named: "kith-bench"), "kith-bench was not built")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--quick"]
        var environment = ProcessInfo.processInfo.environment
        environment["KITH_SHARE"] = root.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "output: \(text)")
        #expect(text.contains("| Contacts | Store | `jq empty` |"))
        #expect(text.contains("| 1k |"))
        #expect(!text.contains("n/a (exit"), "a kith run failed: \(text)")
    }
}
