import ArgumentParser
import KithCore

/// `kith merge A B`: joins two records of one person into the first.
struct MergeCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join two records of the same person into the first.",
        discussion: """
            A keeps its id, and its company, role, birthday and tier unless they are empty. Needs, \
            offers, who they know, promises, notes, e-mails, phones, links and tags are joined \
            without duplicates; the history, others' links to B, the introductions and the action \
            log move to A. B is gone afterwards ('kith undo' reverts the merge). Quote names with \
            spaces, or use @ID.
            """)

    @Argument(help: "The record that stays (name or @ID).", completion: CompletionSources.names)
    var keep: String

    @Argument(help: "The record joined into it (name or @ID).", completion: CompletionSources.names)
    var other: String

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let store = try session.loadedStore()
        let kept = try ContactResolver.contact(named: keep, in: store.network, prompts: prompts)
        let absorbed = try ContactResolver.contact(named: other, in: store.network, prompts: prompts)
        guard kept.id != absorbed.id else {
            throw CommandError(prompts.text("merge.same", ["name": keep, "other": other, "id": kept.id]))
        }
        try store.update { try $0.join(kept.id, absorbing: absorbed.id) }
        session.sayWrapped(
            prompts.text(
                "merge.done",
                [
                    "other": ContactResolver.describe(absorbed), "name": kept.name, "id": kept.id,
                ]))
    }
}
