import Foundation
import Testing

/// A private data folder and a fixed day for running the built `kith` binary end to end.
struct KithSandbox {
    /// What one run printed and how it ended.
    struct Run {
        let out: String
        let err: String
        let status: Int32
    }

    let home: URL
    let today: String
    /// Extra environment for every run (e.g. EDITOR).
    var environment: [String: String] = [:]

    /// The package root, where the shipped `data/` folder is.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init(today: String = "2026-11-23") throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("kith-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        self.today = today
    }

    /// A file in the sandbox (outside the data folder) with `text` in it.
    func file(_ name: String, _ text: String, executable: Bool = false) throws -> URL {
        let url = home.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        if executable { chmod(url.path, 0o755) }
        return url
    }

    /// The data folder kith uses.
    var dataFolder: URL { home.appendingPathComponent("data") }

    /// Runs `kith arguments…` with `input` on standard input.
    @discardableResult
    func run(_ arguments: [String], input: String = "", today: String? = nil) throws -> Run {
        let path = try #require(builtExecutable(named: "kith"), "kith was not built")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = [
            "KITH_HOME": dataFolder.path, "KITH_TODAY": today ?? self.today,
            "KITH_SHARE": Self.packageRoot.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8",
        ]
        env.merge(environment) { _, new in new }
        process.environment = env
        let id = UUID().uuidString
        let outURL = home.appendingPathComponent("out-\(id)"), errURL = home.appendingPathComponent("err-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let inPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try inPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return Run(out: try String(contentsOf: outURL, encoding: .utf8), err: try String(contentsOf: errURL, encoding: .utf8),
                   status: process.terminationStatus)
    }

    /// Imports debrief records given as JSON and expects success.
    func importRecords(_ json: String) throws {
        let url = try file("records-\(UUID().uuidString).json", json)
        let result = try run(["import", url.path])
        #expect(result.status == 0, "import failed: \(result.err)")
    }

    /// Today's actions as printed lines that start with an id.
    func todayLines(_ extra: [String] = [], today: String? = nil) throws -> [String] {
        try run(["today", "--limit", "100"] + extra, today: today).out.split(separator: "\n").map(String.init).filter { $0.hasPrefix("[") }
    }

    /// The id of the first action line containing `text`.
    func actionID(containing text: String) throws -> String? {
        try todayLines().first { $0.contains(text) }.map { String($0.dropFirst().prefix { $0 != "]" }) }
    }
}
