import ArgumentParser
import Foundation
import KithCore

/// `kith import FILE`: debriefs as JSON or JSON Lines, vCard address books, LinkedIn's
/// Connections.csv.
struct ImportCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import debriefs (JSON, JSON Lines), vCards (.vcf) or LinkedIn's Connections.csv.",
        discussion: """
            A debrief record is {"name": "...", "met": "YYYY-MM-DD", "context": "...", "needs": [...], \
            "offers": [...], "knows": [...], "promises": [...], "notes": "...", "email": "...", \
            "phone": "...", "company": "...", "role": "..."}; only name is required. A file holds \
            one object, an array of them, or one per line. A known name gets a new dated \
            interaction. Bad records are reported by number and skipped; the rest is saved at once.
            """)

    @Argument(help: "The file to import.", completion: .file())
    var file: String

    @Flag(help: "Show what would be added, updated and skipped, without saving.")
    var dryRun = false

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let url = URL(fileURLWithPath: file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandError("cannot read \(file): \(FileManager.default.fileExists(atPath: url.path) ? "permission denied or not a file" : "no such file")")
        }
        switch ImportFormat.detect(path: url.path, data: data) {
        case .debriefs: try importDebriefs(data, session: session, prompts: prompts)
        case .vcard: try importContacts(try VCardReader.read(data, source: file), session: session, prompts: prompts)
        case .linkedIn: try importContacts(try LinkedInConnectionsReader.read(data, source: file), session: session, prompts: prompts)
        }
    }

    private func importDebriefs(_ data: Data, session: Session, prompts: PromptBook) throws {
        let entries = try DebriefFileReader.read(data, path: file)
        let store = try session.loadedStore()
        var ids = ContactIDGenerator()
        let apply = { (network: inout Network) -> [DebriefImport.Outcome] in
            DebriefImport.apply(entries, to: &network, today: session.today, ids: &ids)
        }
        let outcomes: [DebriefImport.Outcome]
        if dryRun {
            var copy = store.network
            outcomes = apply(&copy)
        } else if entries.contains(where: { if case .success = $0.result { true } else { false } }) {
            outcomes = try store.updateComputingOutsideLock(apply)
        } else {
            var copy = store.network
            outcomes = apply(&copy)
        }
        var added = 0, merged = 0, rejected = 0
        for outcome in outcomes {
            switch outcome {
            case .added(let name): added += 1; session.say(prompts.text("import.added", ["name": name]))
            case .merged(let name): merged += 1; session.say(prompts.text("import.merged", ["name": name]))
            case .rejected(let number, let line, let reason):
                rejected += 1
                let place = line.map { prompts.text("import.line", ["line": "\($0)"]) } ?? ""
                session.warn(prompts.text("import.rejected", ["number": "\(number)", "line": place, "reason": reason]))
            }
        }
        session.say(prompts.text(dryRun ? "import.wouldSummary" : "import.summary", [
            "file": file, "count": "\(added + merged)", "total": "\(outcomes.count)",
            "added": "\(added)", "merged": "\(merged)", "rejected": "\(rejected)"]))
        if rejected > 0 { throw ExitCode(1) }
    }

    private func importContacts(_ cards: [ImportedContact], session: Session, prompts: PromptBook) throws {
        let store = try session.loadedStore()
        let mergeCards = { (network: inout Network) -> ImportReport in
            var generator = ContactIDGenerator()
            var taken = Set(network.contacts.map(\.id))
            let report = merge(cards, into: &network, today: session.today, dryRun: dryRun) {
                var id = generator.next(avoiding: Network())
                while taken.contains(id) { id = generator.next(avoiding: Network()) }
                taken.insert(id)
                return id
            }
            network.linkAcquaintances()
            return report
        }
        let report: ImportReport
        if dryRun {
            var copy = store.network
            report = mergeCards(&copy)
        } else {
            report = try store.updateComputingOutsideLock(mergeCards)
        }
        for name in report.added { session.say(prompts.text("import.added", ["name": name])) }
        for update in report.updated {
            session.say(prompts.text("import.cardUpdated", ["name": update.name, "by": update.matchedBy,
                                                            "changes": update.changes.joined(separator: "; ")]))
        }
        for skip in report.skipped { session.say(prompts.text("import.cardSkipped", ["name": skip.name, "reason": skip.reason])) }
        session.say(prompts.text(dryRun ? "import.cardWouldSummary" : "import.cardSummary", [
            "file": file, "added": "\(report.added.count)", "updated": "\(report.updated.count)",
            "skipped": "\(report.skipped.count)"]))
    }
}

/// Which importer a file needs, from its name and first bytes.
enum ImportFormat {
    case debriefs, vcard, linkedIn

    static func detect(path: String, data: Data) -> ImportFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".vcf") || lower.hasSuffix(".vcard") { return .vcard }
        if lower.hasSuffix(".csv") { return .linkedIn }
        let head = String(decoding: data.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if head.uppercased().hasPrefix("BEGIN:VCARD") { return .vcard }
        if head.hasPrefix("{") || head.hasPrefix("[") || head.hasPrefix("\u{FEFF}") { return .debriefs }
        if head.contains("First Name") { return .linkedIn }
        return .debriefs
    }
}
