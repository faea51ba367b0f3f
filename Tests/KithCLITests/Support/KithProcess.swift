import Foundation
import KithCore
import Testing

/// What one run of `kith` did.
struct KithResult {
    let status: Int32
    let stdout: String
    let stderr: String
    /// True when the process ended by itself (not by a signal).
    let exited: Bool
}

/// A temporary data folder (`KITH_HOME`) for one test, and how to run `kith` on it.
final class KithHome: Sendable {
    let folder: URL
    let today: String

    init(today: String = "2026-11-23") throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kith-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.today = today
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var location: StoreLocation { StoreLocation(folder: folder) }

    /// The environment a kith child gets: this folder, a fixed day, the package's prompts and data.
    var environment: [String: String] {
        var variables = ProcessInfo.processInfo.environment
        variables["KITH_HOME"] = folder.path
        variables["KITH_TODAY"] = today
        variables["KITH_SHARE"] = packageRoot
        variables["LANG"] = "C.UTF-8"
        variables.removeValue(forKey: "LC_ALL")
        return variables
    }

    /// Runs `kith arguments` with `input` on its standard input (a pipe) and waits for it.
    /// With `permissiveUmask`, the child runs under `umask 000`.
    @discardableResult
    func run(_ arguments: [String], input: String = "", permissiveUmask: Bool = false) throws -> KithResult {
        try run(arguments, bytes: Data(input.utf8), permissiveUmask: permissiveUmask)
    }

    /// Runs `kith arguments` with raw `bytes` (not necessarily UTF-8) on its standard input.
    @discardableResult
    func run(_ arguments: [String], bytes input: Data, permissiveUmask: Bool = false) throws -> KithResult {
        let process = try makeProcess(arguments, permissiveUmask: permissiveUmask)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
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

    /// A `kith` process ready to start, with no streams attached.
    func makeProcess(_ arguments: [String], permissiveUmask: Bool = false) throws -> Process {
        let kith = try #require(builtExecutable(named: "kith"), "the kith executable was not built")
        let process = Process()
        if permissiveUmask {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask 000; exec \"$0\" \"$@\"", kith] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: kith)
            process.arguments = arguments
        }
        process.environment = environment
        return process
    }

    /// Writes a file in a scratch folder next to the data and returns its path.
    func scratchFile(_ name: String, _ contents: String) throws -> String {
        try scratchFile(name, Data(contents.utf8))
    }

    func scratchFile(_ name: String, _ contents: Data) throws -> String {
        let scratch = folder.appendingPathComponent("scratch", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let url = scratch.appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }

    /// The store as kith reads it, loaded in this process.
    func loadNetwork() throws -> Network {
        let store = Store(location: location)
        try store.load()
        return store.network
    }

    func bytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

    /// The permission bits of a file, or nil when it does not exist.
    func mode(_ url: URL) -> mode_t? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }

    /// The files in the data folder (the scratch folder left out), sorted.
    func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != "scratch" }.sorted()
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
