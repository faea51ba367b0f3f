import ArgumentParser
import KithCore

/// `kith contacts`: everyone in the network, one a line, each with the id that addresses them
/// (`contact @3f9a01c2`).
struct ContactsCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts", abstract: "List the people in your network.")

    @Argument(help: "Only people whose name, company, role or tags contain these words.")
    var filter: [String] = []

    @Flag(help: "Print JSON: an array of {id, name, company, role, tags, lastInteraction}.")
    var json = false

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let network = try session.loadedStore().network
        let words = filter.map(TextFolding.fold)
        let matching =
            words.isEmpty
            ? network.contacts
            : network.contacts.filter { contact in
                let haystack = TextFolding.fold(
                    ([contact.name, contact.company ?? "", contact.role ?? ""] + contact.tags).joined(separator: " "))
                return words.allSatisfy { haystack.contains($0) }
            }
        // Each name is folded once (folding inside the comparison did it n log n times).
        let people = matching.map { (TextFolding.fold($0.name), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        if json {
            let rows: [JSONValue] = people.map { contact in
                .object([
                    "id": .string(contact.id), "name": .string(contact.name),
                    "company": contact.company.map(JSONValue.string) ?? .null,
                    "role": contact.role.map(JSONValue.string) ?? .null,
                    "tags": .array(contact.tags.map(JSONValue.string)),
                    "lastInteraction": contact.lastInteraction.map { .string($0.description) } ?? .null,
                ])
            }
            session.say(try JSONOutput.text(JSONValue.array(rows)))
            return
        }
        let prompts = try session.prompts(language.lang)
        if people.isEmpty {
            session.say(
                network.contacts.isEmpty
                    ? prompts.text("contacts.empty")
                    : prompts.text("contacts.nobody", ["words": filter.joined(separator: " ")]))
            return
        }
        for contact in people {
            let last =
                contact.lastInteraction.map { prompts.text("contacts.lastSeen", ["day": $0.description]) }
                ?? prompts.text("contacts.neverMet")
            session.say("\(session.style.handle("@" + contact.id))  \(ContactResolver.describe(contact)) — \(last)")
        }
        session.say(
            prompts.text(people.count == 1 ? "contacts.onePerson" : "contacts.people", ["count": "\(people.count)"]))
    }
}
