import ArgumentParser
import KithCore

/// `kith log NAME KIND [NOTE]`: records a call, meal, e-mail… with someone; it resets the
/// reconnect cadence.
struct LogCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record an interaction with someone (a call, a meal…); it resets the reconnect clock.",
        discussion: """
            KIND is call, email, meal (or lunch, dinner), meeting, message, intro, follow-up, or any \
            other word. \
            Quote names with spaces ("Ana García") or give a unique part of the name.
            """)

    @Argument(
        help: "The person's name (a unique part is enough) or @ID (see 'kith contacts').",
        completion: CompletionSources.names)
    var name: String

    @Argument(help: "What kind of contact: call, email, meal, meeting, message, intro, follow-up, or any word.")
    var kind: String

    @Argument(help: "A note: what you talked about.")
    var note: [String] = []

    @Option(help: "The day it happened (YYYY-MM-DD); today unless given.", transform: DayArgument.parse)
    var date: Day?

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let interactionKind = try Self.kind(kind)
        let day = date ?? session.today
        if day > session.today { throw CommandError(prompts.text("log.future", ["day": day.description])) }
        let store = try session.loadedStore()
        let contact = try ContactResolver.contact(named: name, in: store.network, prompts: prompts)
        let text = note.joined(separator: " ")
        try store.update { network in
            try network.logInteraction(contact: contact.id, kind: interactionKind, note: text, today: day)
        }
        let kindName = SummaryWording(prompts.optionalText).kind(interactionKind)
        let note = text.isEmpty ? "" : ": \(TextFolding.tidy(text))"
        session.say(
            prompts.text("log.logged", ["kind": kindName, "name": contact.name, "day": day.description, "note": note]))
    }

    /// The kind for a typed word: "intro" is an introduction, "e-mail" an email; other words as typed.
    static func kind(_ word: String) throws -> InteractionKind {
        let folded = TextFolding.fold(word)
        guard !folded.isEmpty else { throw ValidationError("KIND is empty; try call, email, meal, meeting or message") }
        switch folded {
        case "intro", "introduction", "introduced": return .introduction
        case "e-mail", "mail": return .email
        case "followup", "follow up": return .followUp
        case "lunch", "dinner", "breakfast", "brunch": return .meal
        default: return InteractionKind(folded)
        }
    }
}
