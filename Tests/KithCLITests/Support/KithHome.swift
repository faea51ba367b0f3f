import Foundation
import KithCLI
import KithCore
import Testing

/// What one run of `kith` did.
struct KithResult {
    let status: Int32
    let stdout: String
    let stderr: String
    /// True when the process ended by itself (not by a signal).
    let exited: Bool

    /// Starts `process` with `input` on its standard input (written from another thread, and
    /// standard error read beside standard output, so no full pipe blocks it) and waits for it.
    static func run(_ process: Process, input: Data) throws -> KithResult {
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = errors.wait()
        process.waitUntilExit()
        return KithResult(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self),
            exited: process.terminationReason == .exit)
    }
}

/// A private place to run kith's commands end to end: one per test.
///
/// `folder` is a new temporary folder, removed when the home goes away. It is the working
/// directory of every run (so a test can pass relative paths such as `-o out.md`) and where
/// `write(_:to:)` puts the files a test hands to kith. The data folder (`KITH_HOME`) is
/// `dataFolder`, the folder `home` inside it (so `read("home/store.json")` reads the store).
///
/// `run` runs a command line inside this test process, through the same entry point as the
/// `kith` executable, with its standard streams in memory; `runProcess` starts the built
/// binary, for what only a process shows (signals, umask, exit of a crash, several writers).
///
/// Every run gets this process's environment with kith's variables fixed: `KITH_HOME`,
/// `KITH_TODAY` (`today`, or the run's own day), `KITH_SHARE` (the package root, for the
/// shipped prompts and rules), `XDG_CONFIG_HOME` (`folder/config`, so the configuration file
/// is `configFile`), `LANG=C.UTF-8` and `NO_COLOR=1`; the variables that would let the
/// developer's own setup leak in (`LC_ALL`, `LC_MESSAGES`, `KITH_LANG`, `KITH_CONFIG`,
/// `VISUAL`, `EDITOR`) are removed. A run's `environment:` is added last and wins.
final class KithHome: Sendable {
    /// The temporary folder: the working directory of every run, removed on deinit.
    let folder: URL
    /// The data folder kith uses (`KITH_HOME`), `folder/home`; it exists, empty, when the home is made.
    let dataFolder: URL
    /// The day kith considers today (`KITH_TODAY`) unless a run names another.
    let today: String

    init(today: String = "2026-11-23") throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kith-cli-tests-\(UUID().uuidString)", isDirectory: true)
        dataFolder = folder.appendingPathComponent("home", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: dataFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        self.today = today
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The configuration file kith reads (`$XDG_CONFIG_HOME/kith/config.toml`); not created.
    var configFile: URL { folder.appendingPathComponent("config/kith/config.toml") }

    /// Where kith keeps each of its files in `dataFolder`.
    var location: StoreLocation { StoreLocation(folder: dataFolder) }

    // MARK: Running kith

    /// The environment a kith child gets (see the type's comment), with `extra` on top and
    /// `today` (when given) as the day. Also for children started some other way, such as on a
    /// `PseudoTerminal`.
    func environment(_ extra: [String: String] = [:], today: String? = nil) -> [String: String] {
        var variables = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "KITH_LANG", "KITH_CONFIG", "VISUAL", "EDITOR"] {
            variables.removeValue(forKey: name)
        }
        variables["KITH_HOME"] = dataFolder.path
        variables["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        variables["KITH_TODAY"] = today ?? self.today
        variables["KITH_SHARE"] = packageRoot
        variables["LANG"] = "C.UTF-8"
        variables["NO_COLOR"] = "1"
        variables.merge(extra) { _, new in new }
        return variables
    }

    /// Runs `kith arguments` in this process, in `folder`, with `input` on its standard input
    /// and returns its exit status and output. `environment` is added to the run's
    /// environment and `today` replaces the home's day for this run.
    @discardableResult
    func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], today: String? = nil
    ) throws -> KithResult {
        try run(arguments, bytes: Data(input.utf8), environment: environment, today: today)
    }

    /// Runs `kith arguments` like `run(_:input:…)`, with raw `bytes` (not necessarily UTF-8) on
    /// its standard input.
    @discardableResult
    func run(
        _ arguments: [String], bytes input: Data, environment: [String: String] = [:], today: String? = nil
    ) throws -> KithResult {
        let console = CapturedConsole(input: input)
        let context = CommandContext(
            environment: self.environment(environment, today: today), console: console, workingDirectory: folder)
        let status = Kith.run(arguments, in: context)
        return KithResult(status: status, stdout: console.output, stderr: console.errors, exited: true)
    }

    /// Runs the built `kith arguments` as a process in `folder` with `input` on its standard
    /// input (a pipe) and waits for it; with `permissiveUmask` the child runs under `umask 000`.
    @discardableResult
    func runProcess(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], today: String? = nil,
        permissiveUmask: Bool = false
    ) throws -> KithResult {
        try runProcess(
            arguments, bytes: Data(input.utf8), environment: environment, today: today,
            permissiveUmask: permissiveUmask)
    }

    /// Runs the built `kith arguments` like `runProcess(_:input:…)`, with raw `bytes` on its
    /// standard input.
    @discardableResult
    func runProcess(
        _ arguments: [String], bytes input: Data, environment: [String: String] = [:], today: String? = nil,
        permissiveUmask: Bool = false
    ) throws -> KithResult {
        let process = try makeProcess(
            arguments, environment: environment, today: today, permissiveUmask: permissiveUmask)
        return try KithResult.run(process, input: input)
    }

    /// A `kith` process ready to start in `folder`, with no streams attached; the arguments are
    /// those of `runProcess(_:input:…)`.
    func makeProcess(
        _ arguments: [String], environment extra: [String: String] = [:], today: String? = nil,
        permissiveUmask: Bool = false
    ) throws -> Process {
        let kith = try #require(builtExecutable(named: "kith"), "the kith executable was not built")
        let process = Process()
        if permissiveUmask {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask 000; exec \"$0\" \"$@\"", kith] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: kith)
            process.arguments = arguments
        }
        process.environment = environment(extra, today: today)
        process.currentDirectoryURL = folder
        return process
    }

    // MARK: The coach's commands

    /// Imports debrief records given as JSON and expects the import to succeed.
    func importDebriefs(_ json: String) throws {
        let file = try write(json, to: "debriefs-\(UUID().uuidString).json")
        let result = try run(["import", file])
        #expect(result.status == 0, "import failed: \(result.stderr)")
    }

    /// Today's actions (`kith today --limit 100` plus `extra`) as the printed lines that start
    /// with an id, on the home's day or `today`.
    func todayLines(_ extra: [String] = [], today: String? = nil) throws -> [String] {
        try run(["today", "--limit", "100"] + extra, today: today).stdout
            .split(separator: "\n").map(String.init).filter { $0.hasPrefix("[") }
    }

    /// The id of the first of today's action lines containing `text`.
    func actionID(containing text: String) throws -> String? {
        try todayLines().first { $0.contains(text) }.map { String($0.dropFirst().prefix { $0 != "]" }) }
    }

    /// The store as kith reads it, loaded in this process.
    func loadNetwork() throws -> Network {
        let store = Store(location: location)
        try store.load()
        return store.network
    }

    // MARK: Files

    /// Writes `text` to `name` in `folder` and returns the file's full path.
    @discardableResult
    func write(_ text: String, to name: String, executable: Bool = false) throws -> String {
        try write(Data(text.utf8), to: name, executable: executable)
    }

    /// Writes `contents` (any bytes) to `name` in `folder` and returns the file's full path;
    /// `executable` makes it mode 0755 (a script kith can run).
    @discardableResult
    func write(_ contents: Data, to name: String, executable: Bool = false) throws -> String {
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url)
        if executable { chmod(url.path, 0o755) }
        return url.path
    }

    /// The text of `name` (a path relative to `folder`), or nil when it cannot be read.
    func read(_ name: String) -> String? {
        bytes(folder.appendingPathComponent(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a file, or nil when it cannot be read.
    func bytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

    /// The permission bits of a file, or nil when it does not exist.
    func mode(_ url: URL) -> mode_t? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }

    /// The names of the entries in the data folder, sorted (none when it does not exist).
    func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dataFolder.path)) ?? []).sorted()
    }
}

/// The package's root folder (it holds prompts/ and data/).
let packageRoot: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .path

/// Reads a pipe to its end on another thread, so a child never blocks on a full pipe.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
