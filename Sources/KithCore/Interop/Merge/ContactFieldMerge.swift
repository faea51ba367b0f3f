/// Merges two records of one person field by field: the one place that decides how a restored
/// backup's contact joins the contact already in the store.
///
/// Lists are united (e-mails, phones and links by their match keys; needs, offers,
/// acquaintances, promises and notes by their text; interactions by day, kind and note; kept
/// vCard lines exactly). A single value (name, company, role, birthday, tier, connection day,
/// UID) is the store's own, filled from the backup only when the store has none. A fuller
/// three-way merge can replace `merge(_:with:)` without changing its callers.
package enum ContactFieldMerge {
    package static func merge(_ mine: Contact, with theirs: Contact) -> Contact {
        var merged = mine
        func unite<T>(_ list: inout [T], _ other: [T], key: (T) -> String) {
            var seen = Set(list.map(key))
            for item in other where seen.insert(key(item)).inserted { list.append(item) }
        }
        unite(&merged.emails, theirs.emails, key: MatchKeys.email)
        unite(&merged.phones, theirs.phones, key: MatchKeys.phone)
        unite(&merged.links, theirs.links, key: MatchKeys.link)
        unite(&merged.tags, theirs.tags, key: MatchKeys.text)
        unite(&merged.needs, theirs.needs) { MatchKeys.text($0.text) }
        unite(&merged.offers, theirs.offers) { MatchKeys.text($0.text) }
        unite(&merged.knows, theirs.knows) { MatchKeys.text($0.text) }
        unite(&merged.promises, theirs.promises) { MatchKeys.text($0.text) }
        unite(&merged.notes, theirs.notes) { MatchKeys.text($0.text) }
        unite(&merged.interactions, theirs.interactions) { "\($0.date)|\($0.kind)|\($0.note ?? "")" }
        merged.interactions.sort { $0.date < $1.date }
        unite(&merged.vcardFields, theirs.vcardFields) { $0 }
        unite(&merged.vcardExtras, theirs.vcardExtras) { $0 }
        if merged.company == nil { merged.company = theirs.company }
        if merged.role == nil { merged.role = theirs.role }
        if merged.birthday == nil { merged.birthday = theirs.birthday }
        if merged.tier == nil { merged.tier = theirs.tier }
        if merged.connectedOn == nil { merged.connectedOn = theirs.connectedOn }
        if merged.uid == nil { merged.uid = theirs.uid }
        merged.added = min(mine.added, theirs.added)
        for (key, value) in theirs.unknownFields where merged.unknownFields[key] == nil {
            merged.unknownFields[key] = value
        }
        return merged
    }
}
