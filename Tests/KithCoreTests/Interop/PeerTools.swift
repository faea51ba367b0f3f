import Foundation
import Testing

/// The Python peers (vobject, khard) the interop tests compare kith with, from the virtual
/// environment `scripts/test` makes (`KITH_PEERS_PYTHON`).
///
/// Run by `scripts/test`, the variable is always set, so a missing peer fails the test loudly.
/// Run by a bare `swift test` without it, those tests are skipped, and say why.
enum PeerTools {
    /// The virtual environment's Python, when `scripts/test` exported it.
    static let python: String? = ProcessInfo.processInfo.environment["KITH_PEERS_PYTHON"].flatMap {
        $0.isEmpty ? nil : $0
    }

    static let skipReason: Comment =
        "KITH_PEERS_PYTHON is not set: run scripts/test, which installs vobject and khard in .build/peers-venv"

    /// A program of the virtual environment (`khard`), next to its Python.
    static func program(_ name: String) throws -> String {
        let python = try #require(python)
        return (python as NSString).deletingLastPathComponent + "/" + name
    }

    /// Runs `program arguments`; its exit status, standard output and standard error.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = Thread.detachedCollect(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData(), as: UTF8.self)
        )
    }
}

extension Thread {
    /// Reads `handle` to its end on another thread; call the result to wait for the bytes.
    static func detachedCollect(_ handle: FileHandle) -> () -> Data {
        let box = DataBox()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.data = handle.readDataToEndOfFile()
            done.signal()
        }
        return {
            done.wait()
            return box.data
        }
    }

    private final class DataBox: @unchecked Sendable { var data = Data() }
}
