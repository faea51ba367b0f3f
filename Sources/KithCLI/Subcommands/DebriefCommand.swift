import ArgumentParser
import KithCore

/// `kith debrief [NAME]`: the seven questions to ask yourself right after meeting someone.
struct DebriefCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Debrief right after meeting someone: needs, what they solve, who they know, promises.",
        discussion: """
            Asks, in order: name, where and how you met, what they need, what problems they can \
            solve, who they know, what you promised, and personal notes. Lists take one item per \
            line and end with an empty line. A known name (or @ID) adds this meeting to that person; \
            a name that only partly matches someone is asked about on a terminal, and refused \
            from a pipe unless --same or --new says which. From a pipe, the answers are read as \
            plain lines and saved. Ctrl-C or the end of input keeps \
            a draft that --resume continues.
            """)

    @Argument(help: "The person's name or @ID (skips the first question).", completion: CompletionSources.names)
    var name: [String] = []

    @Flag(help: "A name that is not exactly anyone's but matches one person is that person.")
    var same = false

    @Flag(name: .customLong("new"), help: "Someone new, even if the name matches people you know.")
    var new = false

    @Flag(help: "Continue the unfinished debrief.")
    var resume = false

    @Flag(help: "Drop the unfinished debrief.")
    var discard = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if resume && discard { throw ValidationError("use --resume or --discard, not both") }
        if same && new { throw ValidationError("use --same or --new, not both") }
        if (resume || discard) && !name.isEmpty {
            throw ValidationError("a name cannot be given with --resume or --discard")
        }
    }

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let slots = DraftSlots(location: session.location)
        if discard {
            guard let claim = try slots.claimStoppedForDiscard() else { throw CommandError(prompts.text("draft.none")) }
            defer { claim.release() }
            if claim.existing == nil {
                let aside = try claim.drafts.setAside()
                session.say(prompts.text("draft.setAside", ["path": aside]))
                return
            }
            claim.drafts.delete()
            session.say(prompts.text("draft.discarded"))
            return
        }
        // A store that cannot be read is reported before any question is asked, so no answers
        // are typed in vain and no draft is left behind.
        let network = try session.loadedStore().network
        // A finished draft whose save reached the store (the process was stopped before it could
        // remove the draft) is done: remove it rather than offer it again.
        while let stopped = try slots.claimStopped(skippingUnreadable: true) {
            guard let existing = stopped.existing, existing.isAlreadyRecorded(in: network) else {
                stopped.release()
                break
            }
            stopped.drafts.delete()
            stopped.release()
        }
        let draft: DebriefDraft
        let claim: DraftSlots.Claim
        if resume {
            guard let stopped = try slots.claimStopped(), let existing = stopped.existing else {
                throw CommandError(prompts.text("draft.none"))
            }
            claim = stopped
            session.say(prompts.text("draft.resuming", ["about": DebriefRunner.about(existing)]))
            draft = existing
        } else {
            guard let free = try slots.claimForNew() else {
                throw CommandError(prompts.text("draft.tooMany"))
            }
            if let existing = free.existing {
                free.release()
                throw CommandError(prompts.text("draft.exists", ["about": DebriefRunner.about(existing)]))
            }
            claim = free
            let typed = TextFolding.tidy(name.joined(separator: " "))
            draft = DebriefDraft(started: session.today, name: typed.isEmpty ? nil : typed)
        }
        defer { claim.release() }
        do {
            var runner = DebriefRunner(session: session, prompts: prompts, drafts: claim.drafts)
            runner.nameMatch = same ? .same : new ? .new : .ask
            try runner.run(draft)
        } catch let stopped as DebriefRunner.Stopped {
            // Not a failure of kith: the answers are safe in the draft. Say so plainly.
            session.warnWrapped(stopped.description)
            throw ExitCode(1)
        }
    }
}
