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
            interaction. Bad records are reported by number and skipped; the rest is saved at once. \
            A vCard or LinkedIn file is read the same way: a card or row that cannot be read is \
            skipped with its line and reason and the others are saved. A folder imports every \
            .vcf file in it (a khard or vdirsyncer folder). The exit status is 1 when anything was \
            skipped; with --strict nothing is saved then.
            """)

    @Argument(help: "The file to import, or a folder of .vcf files.", completion: .file())
    var file: String

    @Flag(help: "Show what would be added, updated and skipped, without saving.")
    var dryRun = false

    @Flag(help: "Save nothing unless every record, card and row can be read.")
    var strict = false

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let url = session.file(file)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            try importContacts(try readFolder(url, prompts: prompts), session: session, prompts: prompts)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandError(
                "cannot read \(file): \(FileManager.default.fileExists(atPath: url.path) ? "permission denied or not a file" : "no such file")"
            )
        }
        switch ImportFormat.detect(path: url.path, data: data) {
        case .debriefs where data.range(of: Data(#""schemaVersion""#.utf8)) != nil:
            try importBackup(data, session: session, prompts: prompts)
        case .debriefs: try importDebriefs(data, session: session, prompts: prompts)
        case .vcard: try importContacts(try VCardReader.read(data, source: file), session: session, prompts: prompts)
        case .linkedIn:
            try importContacts(
                try LinkedInConnectionsReader.read(data, source: file), session: session, prompts: prompts)
        }
    }

    /// Every `.vcf` file in `folder`, in name order, as one address book.
    private func readFolder(_ folder: URL, prompts: PromptBook) throws -> AddressBookContents {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.lowercased().hasSuffix(".vcf") || $0.lowercased().hasSuffix(".vcard") }.sorted()
        } catch {
            throw CommandError("cannot read the folder \(file): \(error.localizedDescription)")
        }
        guard !names.isEmpty else { throw CommandError(prompts.text("import.folderEmpty", ["folder": file])) }
        var contents = AddressBookContents()
        for name in names {
            let path = folder.appendingPathComponent(name)
            let shown = (file as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path.path) else {
                contents.skipped.append(ImportProblem(source: shown, line: 1, reason: "the file cannot be read"))
                continue
            }
            do {
                contents.append(try VCardReader.read(data, source: shown))
            } catch {
                contents.skipped.append(ImportProblem(source: shown, line: error.line, reason: error.reason))
            }
        }
        return contents
    }

    /// A whole store written by `kith export --all --format json`.
    private func importBackup(_ data: Data, session: Session, prompts: PromptBook) throws {
        let backup: Network
        do {
            backup = try StoreCodec.decode(data, path: file, backup: file)
        } catch {
            throw CommandError("cannot import \(file) as a kith backup: \(FileProblemText.describe(error, session))")
        }
        let store = try session.loadedStore()
        var ids = ContactIDGenerator()
        let restore = { (network: inout Network) in BackupRestore.restore(backup, into: &network, ids: &ids) }
        let report: BackupRestore.Report
        if dryRun {
            var copy = store.network
            report = restore(&copy)
        } else {
            report = try store.update(restore)
        }
        if report.replacedEmptyStore {
            session.say(
                prompts.text(
                    "import.backupRestored",
                    [
                        "file": Self.safe(file), "count": "\(backup.contacts.count)",
                        "introductions": "\(backup.introductions.count)", "actions": "\(backup.actionLog.count)",
                    ]))
        } else {
            for name in report.added { session.say(prompts.text("import.added", ["name": Self.safe(name)])) }
            for name in report.merged {
                session.say(prompts.text("import.backupContactMerged", ["name": Self.safe(name)]))
            }
            session.say(
                prompts.text(
                    "import.backupMerged",
                    [
                        "file": Self.safe(file), "added": "\(report.added.count)", "merged": "\(report.merged.count)",
                        "unchanged": "\(report.unchanged.count)", "introductions": "\(report.introductionsAdded)",
                        "actions": "\(report.actionLogAdded)",
                    ]))
        }
        if dryRun { session.say(prompts.text("import.backupDryRun")) }
    }

    private func importDebriefs(_ data: Data, session: Session, prompts: PromptBook) throws {
        let entries = try DebriefFileReader.read(data, path: file)
        let store = try session.loadedStore()
        var ids = ContactIDGenerator()
        let apply = { (network: inout Network) -> [DebriefImport.Outcome] in
            DebriefImport.apply(entries, to: &network, today: session.today, ids: &ids)
        }
        let outcomes: [DebriefImport.Outcome]
        let anyBad = entries.contains { if case .failure = $0.result { true } else { false } }
        if dryRun || (strict && anyBad) {
            var copy = store.network
            outcomes = apply(&copy)
        } else if entries.contains(where: { if case .success = $0.result { true } else { false } }) {
            outcomes = try store.updateComputingOutsideLock(apply)
        } else {
            var copy = store.network
            outcomes = apply(&copy)
        }
        var added = 0
        var merged = 0
        var rejected = 0
        var unchanged = 0
        for outcome in outcomes {
            switch outcome {
            case .added(let name):
                added += 1
                session.say(prompts.text("import.added", ["name": Self.safe(name)]))
            case .merged(let name):
                merged += 1
                session.say(prompts.text("import.merged", ["name": Self.safe(name)]))
            case .unchanged(let name):
                unchanged += 1
                session.say(prompts.text("import.debriefUnchanged", ["name": Self.safe(name)]))
            case .rejected(let number, let line, let reason):
                rejected += 1
                let place = line.map { prompts.text("import.line", ["line": "\($0)"]) } ?? ""
                session.warn(prompts.text("import.rejected", ["number": "\(number)", "line": place, "reason": reason]))
            }
        }
        if strict && anyBad && !dryRun { session.warn(prompts.text("import.strictNothing")) }
        session.say(
            prompts.text(
                dryRun || (strict && anyBad) ? "import.wouldSummary" : "import.summary",
                [
                    "file": file, "count": "\(added + merged + unchanged)", "total": "\(outcomes.count)",
                    "unchanged": "\(unchanged)",
                    "added": "\(added)", "merged": "\(merged)", "rejected": "\(rejected)",
                ]))
        if rejected > 0 { throw ExitCode(1) }
    }

    private func importContacts(_ contents: AddressBookContents, session: Session, prompts: PromptBook) throws {
        let store = try session.loadedStore()
        let cards = contents.contacts
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
        let refused = strict && !contents.skipped.isEmpty
        let report: ImportReport
        if dryRun || refused {
            var copy = store.network
            report = mergeCards(&copy)
        } else {
            report = try store.updateComputingOutsideLock(mergeCards)
        }
        for warning in contents.warnings {
            session.warn(prompts.text("import.warning", ["problem": warning.description]))
        }
        for problem in contents.skipped {
            session.warn(prompts.text("import.problemSkipped", ["problem": problem.description]))
        }
        for name in report.added { session.say(prompts.text("import.added", ["name": Self.safe(name)])) }
        for update in report.updated {
            session.say(
                prompts.text(
                    "import.cardUpdated",
                    [
                        "name": Self.safe(update.name), "by": Self.safe(update.matchedBy),
                        "changes": Self.safe(update.changes.joined(separator: "; ")),
                    ]))
        }
        for duplicate in report.possibleDuplicates {
            session.say(
                prompts.text(
                    "import.possibleDuplicate",
                    [
                        "name": Self.safe(duplicate.name), "id": duplicate.id,
                        "others": Self.safe(duplicate.of.joined(separator: ", ")), "reason": duplicate.reason,
                    ]))
        }
        for same in report.unchanged {
            session.say(
                prompts.text("import.cardUnchanged", ["name": Self.safe(same.name), "by": Self.safe(same.matchedBy)]))
        }
        for skip in report.skipped {
            session.say(
                prompts.text("import.cardSkipped", ["name": Self.safe(skip.name), "reason": Self.safe(skip.reason)]))
        }
        if refused { session.warn(prompts.text("import.strictNothing")) }
        session.say(
            prompts.text(
                dryRun || refused ? "import.cardWouldSummary" : "import.cardSummary",
                [
                    "file": Self.safe(file), "added": "\(report.added.count)", "updated": "\(report.updated.count)",
                    "skipped": "\(report.skipped.count + contents.skipped.count)",
                    "unchanged": "\(report.unchanged.count)",
                ]))
        if !contents.skipped.isEmpty { throw ExitCode(1) }
    }

    /// Text from a file, one line with no control characters.
    static func safe(_ text: String) -> String {
        SafeQuote.text(text, limit: 2000)
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
