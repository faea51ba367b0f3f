import ArgumentParser
import KithCore

/// `kith edit NAME`: edits a contact as JSON in the user's editor.
struct EditCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit everything about one person as JSON in your editor ($VISUAL, $EDITOR or vi).",
        discussion: """
            The record opens in a private file (mode 600) in the data folder. When you save, kith \
            checks it; if something is wrong the editor re-opens with the error in an "_error" \
            field at the top and your text intact. The id must stay as it is and the name must not \
            be empty. Saving without changes does nothing; quitting the editor with an error \
            status (:cq in vi) cancels, and the file's path is printed so nothing is lost.
            """)

    @Argument(
        help: "The person's name (a unique part is enough) or @ID (see 'kith contacts').",
        completion: CompletionSources.names)
    var name: [String]

    func run(in session: Session) throws {
        let network = try session.loadedStore().network
        let prompts = try session.prompts(nil)
        let contact = try ContactResolver.contact(named: name.joined(separator: " "), in: network, prompts: prompts)
        try ContactEditSession(
            session: session, original: contact, editor: EditorLauncher(environment: session.environment)
        ).run()
    }
}
