import KithCore

/// Turns a name typed on the command line into one contact, or a clear error listing the
/// candidates.
enum ContactResolver {
    /// The error reads in the language of `prompts`; `nobody` replaces the "nobody called" message.
    static func contact(
        named name: String, in network: Network, prompts: PromptBook,
        nobody: String? = nil
    ) throws -> Contact {
        switch NameLookup().find(name, in: network) {
        case .one(let contact):
            return contact
        case .none:
            throw CommandError(nobody ?? prompts.text("contact.nobody", ["name": name]))
        case .several(let contacts):
            let names = contacts.prefix(10).map { "  @\($0.id)  " + describe($0) }.joined(separator: "\n")
            throw CommandError(prompts.text("contact.several", ["name": name]) + "\n" + names)
        }
    }

    /// "Ana García (Acme, designer)".
    static func describe(_ contact: Contact) -> String {
        let details = [contact.company, contact.role].compactMap { $0 }
        return details.isEmpty ? contact.name : "\(contact.name) (\(details.joined(separator: ", ")))"
    }
}
