import ArgumentParser
import KithCore

/// `kith graph`: who knows whom, and the introductions made, as Graphviz DOT or SVG.
struct GraphCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw who knows whom and the introductions you made (Graphviz DOT or SVG).",
        discussion: """
            People are boxes; a solid line joins two people when one knows the other; people \
            named only in someone's notes are small grey ovals; introductions you made are \
            dashed blue lines labelled with their day. --format svg runs Graphviz's dot \
            (it must be on PATH); DOT output can be rendered later with 'dot -Tsvg'.
            """)

    /// The formats of `kith graph`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, svg
    }

    @Option(help: "dot (the default) or svg.")
    var format: Format = .dot

    @OptionGroup var output: OutputOptions

    func run(in session: Session) throws {
        let network = try session.loadedStore().network
        let edges = network.introductions.compactMap { intro in
            intro.made.map { IntroductionEdge(intro.first, intro.second, date: $0) }
        }
        let dot = GraphvizWriter.graph(for: network, introductions: edges)
        let destination = output.destination
        let written: Bool
        switch format {
        case .dot: written = try destination.write(dot, in: session)
        case .svg:
            written = try destination.write(
                try GraphvizRenderer(environment: session.environment).svg(dot), in: session)
        }
        if written, let path = destination.path, !destination.isStandardOutput {
            session.say("Wrote the graph of \(network.contacts.count) people to \(path).")
        }
    }
}
