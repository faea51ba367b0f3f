extension SyncSettings {
    /// The contact fields `[sync] private` may name: every field but those that identify the
    /// person (`id`, `uid`, `name`) and kith's own bookkeeping of a card.
    package static let privatableFields: [String] = Contact.knownKeys
        .subtracting(["id", "uid", "name", "added", "vcardExtras", "vcardFields"]).sorted()
}
