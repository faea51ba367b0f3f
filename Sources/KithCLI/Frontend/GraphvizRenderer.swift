import Foundation

/// Runs Graphviz's `dot` to turn a DOT graph into SVG, for `kith graph --format svg`.
struct GraphvizRenderer {
    /// The `dot` program found on `PATH`, if any.
    let executable: URL?

    init(environment: [String: String]) {
        executable = (environment["PATH"] ?? "").split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("dot") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The SVG for `dot`, or an error saying why it could not be made.
    func svg(_ dot: String) throws -> Data {
        guard let executable else {
            throw CommandError("Graphviz's dot is not installed; install the graphviz package or use --format dot")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw CommandError("could not run \(executable.path): \(error.localizedDescription)")
        }
        // Feed dot and drain its errors on other threads, so no full pipe blocks it.
        let errorText = CollectedData()
        let group = DispatchGroup()
        let source = Data(dot.utf8)
        DispatchQueue.global().async(group: group) {
            try? input.fileHandleForWriting.write(contentsOf: source)
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            errorText.store(errors.fileHandleForReading.readDataToEndOfFile())
        }
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorText.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw CommandError("\(executable.path) -Tsvg failed (exit \(process.terminationStatus))\(message.isEmpty ? "" : ": " + message)")
        }
        return svg
    }
}

/// Bytes gathered on another thread.
private final class CollectedData: @unchecked Sendable {
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
