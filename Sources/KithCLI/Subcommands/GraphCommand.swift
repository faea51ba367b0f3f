import ArgumentParser
import Foundation
import KithCore

/// `kith graph`: who knows whom and the introductions made, as Graphviz DOT or SVG.
struct GraphCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw who knows whom and the introductions made (Graphviz DOT, or SVG).",
        discussion: """
            DOT is written by kith itself; SVG runs Graphviz's 'dot' program, which must be \
            installed (Debian: apt-get install graphviz).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, svg
    }

    @Option(help: "dot (default) or svg.")
    var format: Format = .dot

    @OptionGroup var output: OutputOptions

    func run(in session: Session) throws {
        let network = try session.loadedStore().network
        let edges = network.introductions.compactMap { intro in
            intro.made.map { IntroductionEdge(intro.first, intro.second, date: $0) }
        }
        let dot = GraphvizWriter.graph(for: network, introductions: edges)
        switch format {
        case .dot: try output.destination.write(dot, session: session)
        case .svg: try output.destination.write(try render(dot, session: session), session: session)
        }
    }

    private func render(_ dot: String, session: Session) throws -> String {
        guard let program = Self.findDot(session.environment) else {
            throw CommandError("Graphviz's dot is not installed; install the graphviz package or use --format dot")
        }
        let process = Process()
        process.executableURL = program
        process.arguments = ["-Tsvg"]
        let input = Pipe(), result = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = result
        process.standardError = errors
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(Data(dot.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let svg = result.fileHandleForReading.readDataToEndOfFile()
        let problem = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandError("dot failed: \(String(decoding: problem, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return String(decoding: svg, as: UTF8.self)
    }

    static func findDot(_ environment: [String: String]) -> URL? {
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
