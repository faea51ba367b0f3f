import ArgumentParser
import Foundation
import KithCore

/// `kith export NAME` or `kith export --all`: one person as Markdown, JSON or vCard, or the
/// whole network as JSON or vCard.
struct ExportCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export one person (Markdown, JSON, vCard) or everyone (--all: JSON, vCard).",
        discussion: """
            Markdown is a readable summary: who they are, how you met, what they need, what they \
            can solve, who they know, the history, open promises, pending actions and \
            introductions made. JSON is the full record (with --all, the whole store document: a \
            lossless backup that 'kith import' restores into an empty store, or merges by UID into \
            one that holds people). vCard 4.0 carries a UID, the imported card's structure, a \
            readable NOTE and kith's own fields as X-KITH-* properties, so 'kith import FILE.vcf' \
            reads it back without loss. \
            Output goes to standard output unless --output names a file.
            """)

    /// The formats of `kith export`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json, vcard
    }

    @Argument(
        help: "The person's name (case and accents do not matter; a unique part is enough) or @ID.",
        completion: CompletionSources.names)
    var name: [String] = []

    @Flag(help: "Export everyone (needs --format json or --format vcard).")
    var all = false

    @Option(help: "markdown (the default for one person), json or vcard.")
    var format: Format?

    @OptionGroup var output: OutputOptions

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if all {
            guard name.isEmpty else { throw ValidationError("give a name or --all, not both") }
            switch format {
            case nil: throw ValidationError("--all needs --format json or --format vcard")
            case .markdown?:
                throw ValidationError(
                    "markdown is a summary of one person; with --all use --format json or --format vcard")
            default: break
            }
        } else if name.isEmpty {
            throw ValidationError("say whose record to export (a name), or use --all")
        }
    }

    func run(in session: Session) throws {
        let network = try session.loadedStore().network
        let destination = output.destination
        if all {
            let text: String
            switch format ?? .json {
            case .vcard: text = VCardWriter.cards(for: network.contacts)
            default: text = String(decoding: try StoreCodec.encode(network), as: UTF8.self)
            }
            if network.contacts.isEmpty { session.warn("note: your network is empty") }
            if try destination.write(text, in: session), let path = destination.path, !destination.isStandardOutput {
                let count = network.contacts.count
                session.say("Wrote \(count) \(count == 1 ? "person" : "people") to \(path).")
            }
            return
        }
        let contact = try ContactResolver.contact(
            named: name.joined(separator: " "), in: network,
            prompts: try session.prompts(language.lang))
        let text: String
        switch format ?? .markdown {
        case .markdown: text = try markdown(for: contact, in: network, session: session)
        case .json: text = try JSONOutput.text(contact) + "\n"
        case .vcard: text = VCardWriter.card(for: contact)
        }
        if try destination.write(text, in: session), let path = destination.path, !destination.isStandardOutput {
            session.say("Wrote \(contact.name) to \(path).")
        }
    }

    /// The summary with today's actions about the person and the introductions made.
    private func markdown(for contact: Contact, in network: Network, session: Session) throws -> String {
        let prompts = try session.prompts(language.lang)
        let w = SummaryWording(prompts.optionalText)
        let coach = try session.coach()
        session.warnAbout(coach.rules(prompts).problems)
        let pending = coach.actions(prompts, involving: contact.id).map(\.text)
        let introductions = network.introductions(involving: contact.id).compactMap { intro -> String? in
            guard let made = intro.made else { return nil }
            let otherID = intro.first == contact.id ? intro.second : intro.first
            let other = network.contact(id: otherID)?.name ?? w(.someoneGone)
            var text = "\(made): \(w(.introducedWith, name: other))"
            if !intro.why.isEmpty { text += " — \(intro.why)" }
            if let outcome = intro.outcome, !outcome.isEmpty { text += " (\(w(.outcome, name: outcome)))" }
            return text
        }
        return ContactSummary.markdown(
            for: contact, in: network,
            extraSections: [
                .init(w(.pendingActions), items: pending),
                .init(w(.introductionsMade), items: introductions),
            ], wording: w)
    }
}
