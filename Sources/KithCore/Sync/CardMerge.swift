import Foundation

/// Brings a card changed in the vdir into kith's contact: a three-way merge of the card as last
/// synced (base), the card kith's contact makes now (ours) and the vdir's card (theirs), field by
/// field (`ContactThreeWayMerge`). Only what the vdir changed reaches the contact; a value both
/// changed keeps kith's and is reported. Private fields, the id, the UID and fields a newer kith
/// wrote stay as kith has them. A card that lost kith's `X-KITH-*` properties (an app that drops
/// unknown properties) keeps kith's needs, offers, notes and history.
struct CardMerge {
    /// The merged contact, the fields taken from the vdir, and the conflicts.
    struct Outcome {
        var contact: Contact
        var fields: [String]
        var conflicts: [SyncReport.Conflict]
    }

    let projection: CardProjection

    func merge(contact: Contact, ourCard: String, baseCard: String, theirs: ImportedContact) throws -> Outcome {
        let ours = projection.contact(fromText: ourCard, fallbackID: contact.id) ?? contact
        let base = projection.contact(fromText: baseCard, fallbackID: contact.id) ?? ours
        var their = projection.contact(from: theirs, fallbackID: contact.id)
        if theirs.kith == nil { their = try Self.copying(CardProjection.kithOnly, from: base, into: their) }
        let outcome = try ContactThreeWayMerge.merge(base: base, ours: ours, theirs: their)
        var merged = try JSONFields.of(outcome.merged)
        let projected = try JSONFields.of(ours)
        var result = try JSONFields.of(contact)
        let kept = projection.privateFields.union(["id", "uid"])
        var fields: [String] = []
        for key in Set(merged.keys).union(projected.keys).sorted() where !kept.contains(key) {
            guard merged[key] != projected[key], Contact.knownKeys.contains(key) else { continue }
            result[key] = merged.removeValue(forKey: key)
            fields.append(key)
        }
        let conflicts = outcome.conflicts.map {
            SyncReport.Conflict(
                place: $0.place, kept: ContactThreeWayMerge.Conflict.show($0.ours),
                other: ContactThreeWayMerge.Conflict.show($0.theirs))
        }
        return Outcome(contact: try JSONFields.contact(result), fields: fields, conflicts: conflicts)
    }

    /// `into` with the named fields as `from` has them.
    static func copying(_ keys: [String], from source: Contact, into target: Contact) throws -> Contact {
        let from = try JSONFields.of(source)
        var fields = try JSONFields.of(target)
        for key in keys { fields[key] = from[key] }
        return try JSONFields.contact(fields)
    }
}

/// A contact as its JSON object's fields, and back.
enum JSONFields {
    static func of(_ contact: Contact) throws -> [String: JSONValue] {
        guard case .object(let fields) = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(contact))
        else { return [:] }
        return fields
    }

    static func contact(_ fields: [String: JSONValue]) throws -> Contact {
        try JSONDecoder().decode(Contact.self, from: JSONEncoder().encode(JSONValue.object(fields)))
    }
}
