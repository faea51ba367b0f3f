import Foundation
import Testing

/// A temporary data folder and working folder for running the built `kith` end to end.
///
/// Every run gets `KITH_HOME` (the data folder), `KITH_TODAY` and `KITH_SHARE` (the package
/// root, for the shipped rules), and runs with `folder` as its working directory.
final class InteropSandbox {
    /// The working folder; files the tests write go here.
    let folder: URL
    /// The data folder (`KITH_HOME`), inside `folder`.
    let home: URL
    let today: String

    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    init(today: String = "2026-11-23") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-cli-\(UUID().uuidString)")
        home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.today = today
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The package root, where `data/rules.json` lives.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The environment of a run: this process's, plus kith's variables.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["KITH_HOME"] = home.path
        environment["KITH_TODAY"] = today
        environment["KITH_SHARE"] = InteropSandbox.packageRoot
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Runs `kith arguments` with `input` on standard input and waits for it to end.
    func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:]) throws -> Result {
        let path = try #require(builtExecutable(named: "kith"), "kith was not built")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment(extra)
        process.currentDirectoryURL = folder
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errors = ErrorCollector()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            errors.store(stderr.fileHandleForReading.readDataToEndOfFile())
        }
        DispatchQueue.global().async(group: group) {
            try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                      errors: String(decoding: errors.data, as: UTF8.self))
    }

    /// Writes `text` to a file in the working folder and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Imports debrief records (JSON) and checks the import succeeded.
    func importDebriefs(_ json: String) throws {
        try write(json, to: "debriefs.json")
        let result = try run(["import", "debriefs.json"])
        #expect(result.status == 0, "import failed: \(result.errors)")
    }

    /// The text of a file in the working folder, or nil.
    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Bytes read on another thread.
private final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()

    var data: Data {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func store(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        stored = data
    }
}

/// True when Graphviz's `dot` is on PATH (the SVG test needs it).
func graphvizIsInstalled() -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/dot")
    }
}
