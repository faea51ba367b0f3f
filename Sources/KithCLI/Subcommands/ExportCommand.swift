import ArgumentParser
import Foundation
import KithCore

/// `kith export NAME` / `kith export --all`: a contact summary (Markdown), the full record
/// (JSON) or a vCard 4.0; with `--all`, the whole network.
struct ExportCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a contact summary (markdown, json, vcard), or the whole network with --all.",
        discussion: """
            Markdown is the readable summary: who they are, how you met, what they need, what \
            they can solve, who they know, the history, open promises, pending actions and \
            introductions. JSON is the full record. vCard is 4.0 (RFC 6350), with needs and \
            offers in NOTE and tags in CATEGORIES. --all exports everyone as vcard or json.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json, vcard
    }

    @Argument(help: "The person's name.")
    var name: [String] = []

    @Flag(help: "Export the whole network (vcard or json).")
    var all = false

    @Option(help: "markdown (default for one person), json or vcard.")
    var format: Format?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if all && !name.isEmpty { throw ValidationError("give a name or --all, not both") }
        if !all && name.isEmpty { throw ValidationError("say whose summary to export (a name), or use --all") }
        if all && format == .markdown { throw ValidationError("--all exports as vcard or json; markdown is for one person") }
        if all && format == nil { throw ValidationError("--all needs --format vcard or --format json") }
    }

    func run(in session: Session) throws {
        let store = try session.loadedStore()
        let network = store.network
        let text: String
        if all {
            switch format {
            case .vcard: text = VCardWriter.cards(for: network.contacts)
            default: text = String(decoding: try StoreCodec.encode(network), as: UTF8.self)
            }
        } else {
            let contact = try ContactResolver.contact(named: name.joined(separator: " "), in: network)
            switch format ?? .markdown {
            case .markdown: text = markdown(contact, session: session, network: network)
            case .json: text = try JSONOutput.text(contact) + "\n"
            case .vcard: text = VCardWriter.card(for: contact)
            }
        }
        try output.destination.write(text, session: session)
    }

    private func markdown(_ contact: Contact, session: Session, network: Network) -> String {
        let pending = ((try? Coach(session: session).actions()) ?? [])
            .filter { $0.contactIDs.contains(contact.id) }
            .map { "[\($0.id)] \($0.text)" }
        let introductions = network.introductions(involving: contact.id).map { intro -> String in
            let other = network.contact(id: intro.first == contact.id ? intro.second : intro.first)?.name ?? "someone"
            let state = intro.made.map { "introduced \($0)" } ?? "suggested \(intro.suggested)"
            return "\(other): \(state)" + (intro.outcome.map { " — \($0)" } ?? "")
        }
        var sections: [ContactSummary.Section] = []
        if !pending.isEmpty { sections.append(.init("Pending actions", items: pending)) }
        if !introductions.isEmpty { sections.append(.init("Introductions", items: introductions)) }
        return ContactSummary.markdown(for: contact, in: network, extraSections: sections)
    }
}
