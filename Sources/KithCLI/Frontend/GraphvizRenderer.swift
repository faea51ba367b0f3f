import Foundation
import KithCore

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
    ///
    /// The graph goes in and dot's messages come out through files in a private temporary
    /// folder, so only standard output is a pipe and no full pipe can block dot.
    func svg(_ dot: String) throws -> Data {
        guard let executable else {
            throw CommandError("Graphviz's dot is not installed; install the graphviz package or use --format dot")
        }
        let folder = try PrivateTemporaryFolder.create(label: "graph")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("graph.dot")
        let messages = folder.appendingPathComponent("messages.txt")
        try AtomicFileWriter().write(Data(dot.utf8), to: source, mode: 0o600)
        try AtomicFileWriter().write(Data(), to: messages, mode: 0o600)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-Tsvg", source.path]
        let output = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: messages)
        do {
            try process.run()
        } catch {
            throw CommandError("could not run \(executable.path): \(error.localizedDescription)")
        }
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: FileManager.default.contents(atPath: messages.path) ?? Data(), as: UTF8.self)
            let message = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let detail = message.isEmpty ? "" : ": " + message
            throw CommandError("\(executable.path) -Tsvg failed (exit \(process.terminationStatus))\(detail)")
        }
        return svg
    }
}
