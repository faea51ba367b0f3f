import Foundation

/// Merges two versions of one contact made from a common starting version: per field, and
/// per item inside list fields (needs, notes, interactions…).
///
/// A field or item changed on one side only takes that side's value; changed the same way on
/// both, that value; changed differently on both, it is a conflict (the merged contact holds
/// `ours` there, and the conflict carries both values). List items are matched by their
/// `text` when they have one (a need marked solved on one side is the same need), else by
/// their whole value; an item added on either side is kept, an item removed on one side and
/// unchanged on the other is removed. Works on the contact's JSON form, so every field —
/// including those a newer kith wrote — is merged the same way. Used by `kith edit`, and
/// meant for import, merge and sync.
public enum ContactThreeWayMerge {
    /// One place both sides changed differently.
    public struct Conflict: Sendable, Equatable, CustomStringConvertible {
        /// The field, and for a list item the item's text: `role`, `needs: a designer`.
        public let place: String
        /// Our value (nil when we removed it).
        public let ours: JSONValue?
        /// Their value (nil when they removed it).
        public let theirs: JSONValue?

        public var description: String {
            "\(place): yours \(Self.show(ours)), meanwhile \(Self.show(theirs))"
        }

        static func show(_ value: JSONValue?) -> String {
            guard let value else { return "(removed)" }
            if case .string(let text) = value { return "\"\(text)\"" }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        }
    }

    /// What a merge produced.
    public struct Outcome: Sendable {
        /// The merged contact (with `ours` wherever there is a conflict).
        public let merged: Contact
        /// Where both sides changed differently; empty when the merge is clean.
        public let conflicts: [Conflict]
        /// The fields `theirs` changed that the merge took from them.
        public let takenFromTheirs: [String]
    }

    /// Why the merged JSON is no longer a contact (a conflicting type change, say).
    public struct Unmergeable: Error, CustomStringConvertible {
        public let description: String
    }

    public static func merge(base: Contact, ours: Contact, theirs: Contact) throws -> Outcome {
        let b = try fields(of: base)
        let o = try fields(of: ours)
        let t = try fields(of: theirs)
        var merged: [String: JSONValue] = [:]
        var conflicts: [Conflict] = []
        var taken: [String] = []
        let keys = Set(b.keys).union(o.keys).union(t.keys).sorted()
        for key in keys {
            let (value, fieldConflicts, tookTheirs) = mergeValue(key, base: b[key], ours: o[key], theirs: t[key])
            if let value { merged[key] = value }
            conflicts += fieldConflicts
            if tookTheirs { taken.append(key) }
        }
        let contact: Contact
        do {
            contact = try JSONDecoder().decode(Contact.self, from: JSONEncoder().encode(JSONValue.object(merged)))
        } catch {
            throw Unmergeable(description: "the merged contact is not valid: \(DecodingErrorText.describe(error))")
        }
        return Outcome(merged: contact, conflicts: conflicts, takenFromTheirs: taken)
    }

    private static func fields(of contact: Contact) throws -> [String: JSONValue] {
        guard case .object(let fields) = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(contact))
        else {
            return [:]
        }
        return fields
    }

    /// The merged value of one field (nil: absent), its conflicts, and whether theirs was taken.
    private static func mergeValue(_ key: String, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?)
        -> (JSONValue?, [Conflict], Bool)
    {
        if ours == theirs { return (ours, [], false) }
        if ours == base { return (theirs, [], true) }
        if theirs == base { return (ours, [], false) }
        if case .array(let o)? = ours, case .array(let t)? = theirs {
            var baseItems: [JSONValue] = []
            if case .array(let items)? = base { baseItems = items }
            let (items, conflicts) = mergeList(key, base: baseItems, ours: o, theirs: t)
            return (.array(items), conflicts, true)
        }
        return (ours, [Conflict(place: key, ours: ours, theirs: theirs)], false)
    }

    /// Items keyed by their text (or whole value), numbered when a key repeats.
    private static func keyed(_ items: [JSONValue]) -> [(key: String, value: JSONValue)] {
        var counts: [String: Int] = [:]
        return items.map { item in
            let identity: String
            if case .object(let fields) = item, case .string(let text)? = fields["text"] {
                identity = "t:" + text
            } else {
                identity = "v:" + Conflict.show(item)
            }
            let n = counts[identity, default: 0]
            counts[identity] = n + 1
            return (identity + "#\(n)", item)
        }
    }

    private static func mergeList(_ field: String, base: [JSONValue], ours: [JSONValue], theirs: [JSONValue])
        -> ([JSONValue], [Conflict])
    {
        let b = Dictionary(keyed(base).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let o = keyed(ours)
        let t = keyed(theirs)
        let oMap = Dictionary(o.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let tMap = Dictionary(t.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var result: [JSONValue] = []
        var conflicts: [Conflict] = []
        func place(_ value: JSONValue) -> String {
            if case .object(let fields) = value, case .string(let text)? = fields["text"] { return "\(field): \(text)" }
            return "\(field): \(Conflict.show(value))"
        }
        for (key, theirValue) in t {
            let baseValue = b[key]
            guard let ourValue = oMap[key] else {
                // Removed on our side: gone, unless they changed it meanwhile (then keep theirs).
                if baseValue == nil || baseValue != theirValue { result.append(theirValue) }
                continue
            }
            if ourValue == theirValue || theirValue == baseValue {
                result.append(ourValue)
            } else if ourValue == baseValue {
                result.append(theirValue)
            } else {
                conflicts.append(Conflict(place: place(ourValue), ours: ourValue, theirs: theirValue))
                result.append(ourValue)
            }
        }
        for (key, ourValue) in o where tMap[key] == nil {
            // Added on our side, or kept by us while they removed it: keep it only if new or changed.
            if let baseValue = b[key], baseValue == ourValue { continue }
            result.append(ourValue)
        }
        return (result, conflicts)
    }
}
