import ArgumentParser
import Foundation
import KithCore

/// `kith sync`: two-way sync of the network with a contacts vdir, and suggested actions into a
/// tasks vdir, as set in `[sync]` of the configuration file.
struct SyncCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync your network with a contacts folder (vdir), and suggested actions with a tasks folder.",
        discussion: """
            The folders come from [sync] in config.toml; vdirsyncer carries them to a CardDAV or \
            CalDAV server and so to your other devices and phone. Each person is one vCard; what \
            changed on one side is copied to the other, what changed on both is merged (a value \
            changed on both keeps yours and is reported). A card deleted in the folder is only \
            reported until you add --accept-deletions (the person then goes to the archive of \
            'kith forget'). A task completed elsewhere marks its action done; a deleted one \
            dismisses it. Exits 1 when a card was skipped or deletions wait, 64 without [sync].
            """)

    @Flag(help: "Show what would change on each side, and change nothing.")
    var dryRun = false

    @Flag(help: "Apply cards deleted in the folder: their people go to the archive.")
    var acceptDeletions = false

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        guard let settings = try session.syncSettings() else {
            session.warnWrapped(prompts.text("sync.noSettings", ["path": session.configurationFile.url.path]))
            throw ExitCode(64)
        }
        let quiet = QuietSync(
            location: session.location, settings: settings, day: session.today,
            language: prompts.language.rawValue,
            files: [
                session.configurationFile.url.path, prompts.file,
                session.share.data.path, Bundle.main.executablePath ?? "",
            ])
        if quiet.holds() {
            var report = SyncReport()
            report.quiet = true
            session.sayWrapped(SyncText(prompts: prompts).summary(report, dryRun: dryRun))
            return
        }
        if !dryRun { quiet.forget() }
        let start = quiet.look()
        let store = try session.loadedStore()
        var taken = Set(store.network.contacts.map(\.id))
        var ids = ContactIDGenerator()
        let sync = VdirSync(store: store, settings: settings, today: session.today) {
            taken.formUnion(store.network.contacts.map(\.id))
            let id = ids.next(avoiding: taken)
            taken.insert(id)
            return id
        }
        var report: SyncReport
        var warned = false
        do {
            report = try sync.syncContacts(dryRun: dryRun, acceptDeletions: acceptDeletions)
            let tasks = try sync.syncTasks(actions: try actions(session, prompts, warned: &warned), dryRun: dryRun)
            report.changes += tasks.changes
            report.skipped += tasks.skipped
            if !dryRun && tasks.changes.contains(where: { $0.side == .kith }) {
                // What the tasks marked done travels in kith's own card at once.
                report.changes += try sync.syncContacts(dryRun: false, acceptDeletions: false).changes
                    .filter { $0.item == .kithData }
            }
        } catch let error as SyncError {
            throw CommandError(SyncText.error(error, prompts))
        }
        let text = SyncText(prompts: prompts)
        for change in report.changes { session.sayWrapped(SafeQuote.message(text.line(change)), indent: 2) }
        for skipped in report.skipped { session.warnWrapped(text.skipped(skipped)) }
        session.sayWrapped(text.summary(report, dryRun: dryRun))
        if !report.skipped.isEmpty || !report.pendingDeletions.isEmpty { throw ExitCode(1) }
        if !dryRun && !warned && report.changes.isEmpty {
            do {
                try quiet.record(now: Date(), since: start)
            } catch {
                quiet.forget()
            }
        }
    }

    /// Today's actions, hidden ones included, after the contacts sync; `warned` when the rules
    /// had problems (said again on every sync, so such a sync is never skipped).
    private func actions(_ session: Session, _ prompts: PromptBook, warned: inout Bool) throws -> [SuggestedAction] {
        let coach = try session.coach()
        let problems = coach.rules(prompts).problems
        warned = !problems.isEmpty
        session.warnAbout(problems)
        return coach.matches(prompts).allActions()
    }
}
