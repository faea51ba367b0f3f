import Foundation

/// A contact as a synced card, and a card as a contact: the two views the sync compares.
///
/// A card is what `VCardWriter` writes, with the fields named `private` left out. Read back
/// (through the import's reader and merge), it gives the contact the card stands for, so that
/// the card as last synced, kith's contact and the vdir's card can be merged field by field.
struct CardProjection {
    /// Contact fields `[sync] private` may name.
    static let privatizable: Set<String> = [
        "emails", "phones", "links", "company", "role", "tags", "needs", "offers", "knows", "promises", "notes",
        "interactions", "birthday", "tier", "connectedOn",
    ]
    /// Fields only kith writes (in `X-KITH-*`): a card that lost them keeps kith's.
    static let kithOnly: [String] = [
        "needs", "offers", "knows", "promises", "notes", "interactions", "tier",
        "connectedOn", "added", "id",
    ]

    let privateFields: Set<String>
    let today: Day

    init(privateFields: [String], today: Day) {
        self.privateFields = Set(privateFields).intersection(Self.privatizable)
        self.today = today
    }

    /// The card text for `contact`, without its private fields.
    func card(for contact: Contact) -> String {
        var shared = contact
        for field in privateFields { Self.clear(field, in: &shared) }
        if shared.uid == nil { shared.uid = "kith-" + contact.id }
        return VCardWriter.card(for: shared)
    }

    /// The one card in `data`, or why it cannot be used.
    static func read(_ data: Data, file: String) -> Result<ImportedContact, SyncReport.Skipped> {
        do {
            let contents = try VCardReader.read(data, source: file)
            if let problem = contents.skipped.first {
                return .failure(.init(file: file, problem: .unreadable(line: problem.line, reason: problem.reason)))
            }
            guard contents.contacts.count == 1, let card = contents.contacts.first else {
                return .failure(.init(file: file, problem: .count(contents.contacts.count)))
            }
            guard !TextFolding.tidy(card.name).isEmpty else {
                return .failure(.init(file: file, problem: .noName))
            }
            return .success(card)
        } catch {
            return .failure(.init(file: file, problem: .unreadable(line: error.line, reason: error.reason)))
        }
    }

    /// The contact a card stands for (its id from `X-KITH-ID`, else `fallbackID`).
    func contact(from card: ImportedContact, fallbackID: ContactID) -> Contact {
        var network = Network()
        _ = merge([card], into: &network, today: today) { fallbackID }
        return network.contacts.first ?? Contact(id: fallbackID, name: card.name, added: today)
    }

    /// The contact a card's text stands for, or nil when it no longer reads.
    func contact(fromText text: String, fallbackID: ContactID) -> Contact? {
        guard case .success(let card) = Self.read(Data(text.utf8), file: "") else { return nil }
        return contact(from: card, fallbackID: fallbackID)
    }

    static func clear(_ field: String, in contact: inout Contact) {
        switch field {
        case "emails": contact.emails = []
        case "phones": contact.phones = []
        case "links": contact.links = []
        case "company": contact.company = nil
        case "role": contact.role = nil
        case "tags": contact.tags = []
        case "needs": contact.needs = []
        case "offers": contact.offers = []
        case "knows": contact.knows = []
        case "promises": contact.promises = []
        case "notes": contact.notes = []
        case "interactions": contact.interactions = []
        case "birthday": contact.birthday = nil
        case "tier": contact.tier = nil
        case "connectedOn": contact.connectedOn = nil
        default: break
        }
    }
}
