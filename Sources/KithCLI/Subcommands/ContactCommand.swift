import ArgumentParser
import KithCore

/// `kith contact NAME`: everything known about one person.
struct ContactCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact", abstract: "Show everything known about one person.")

    @Argument(
        help: "The person's name (case and accents do not matter; a unique part is enough) or @ID.",
        completion: CompletionSources.names)
    var name: [String]

    @Flag(help: "Print the full record as JSON.")
    var json = false

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let network = try session.loadedStore().network
        let prompts = try session.prompts(language.lang)
        let contact = try ContactResolver.contact(named: name.joined(separator: " "), in: network, prompts: prompts)
        if json {
            session.say(try JSONOutput.text(contact))
            return
        }
        let wording = SummaryWording(prompts.optionalText)
        session.say(ContactCard(contact: contact, network: network, style: session.style, wording: wording).text)
    }
}
