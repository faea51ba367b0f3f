import Foundation

/// One saved change of the network, kept so it can be undone: what each touched contact was
/// before and after, and which introductions and action-log entries came and went.
///
/// Undoing is an inverse change applied to the network as it is now, not a return to an old
/// file: a field someone changed since is left as they saved it, and everything else other
/// processes saved since stays.
public struct NetworkChange: Codable, Hashable, Sendable {
    /// One contact's versions: nil `before` for an added contact, nil `after` for a removed one.
    public struct ContactVersions: Codable, Hashable, Sendable {
        public var before: Contact?
        public var after: Contact?
        /// Where a removed contact stood, so undoing puts it back there.
        public var position: Int?
    }

    public var contacts: [ContactVersions] = []
    public var introductionsAdded: [Introduction] = []
    public var introductionsRemoved: [Introduction] = []
    public var actionLogAdded: [ActionLogEntry] = []
    public var actionLogRemoved: [ActionLogEntry] = []
    /// The user's profile and settings, as JSON, when they changed.
    public var meBefore: JSONValue?
    public var meAfter: JSONValue?
    public var settingsBefore: JSONValue?
    public var settingsAfter: JSONValue?
    /// People the change put into the archive of forgotten people (`kith forget`).
    public var archived: [ForgottenPerson]?
    /// People the change took out of it (`kith forget --restore`).
    public var restored: [ForgottenPerson]?

    /// The difference between two versions of the network.
    public init(before: Network, after: Network) {
        var old: [ContactID: (Int, Contact)] = [:]
        for (position, contact) in before.contacts.enumerated() { old[contact.id] = (position, contact) }
        var seen = Set<ContactID>()
        for contact in after.contacts {
            seen.insert(contact.id)
            if let (_, previous) = old[contact.id] {
                if previous != contact { contacts.append(ContactVersions(before: previous, after: contact)) }
            } else {
                contacts.append(ContactVersions(before: nil, after: contact))
            }
        }
        for (position, contact) in before.contacts.enumerated() where !seen.contains(contact.id) {
            contacts.append(ContactVersions(before: contact, after: nil, position: position))
        }
        if before.introductions != after.introductions {
            (introductionsAdded, introductionsRemoved) = Self.difference(before.introductions, after.introductions)
        }
        if before.actionLog != after.actionLog {
            (actionLogAdded, actionLogRemoved) = Self.difference(before.actionLog, after.actionLog)
        }
        if before.me != after.me {
            meBefore = try? JSONValue.encoding(before.me)
            meAfter = try? JSONValue.encoding(after.me)
        }
        if before.settings != after.settings {
            settingsBefore = try? JSONValue.encoding(before.settings)
            settingsAfter = try? JSONValue.encoding(after.settings)
        }
    }

    /// True when the two versions were the same.
    public var isEmpty: Bool {
        contacts.isEmpty && introductionsAdded.isEmpty && introductionsRemoved.isEmpty
            && actionLogAdded.isEmpty && actionLogRemoved.isEmpty && meBefore == nil && settingsBefore == nil
            && (archived ?? []).isEmpty && (restored ?? []).isEmpty
    }

    /// The names of the people added, removed and changed.
    public var added: [String] { contacts.filter { $0.before == nil }.compactMap { $0.after?.name } }
    public var removed: [String] { contacts.filter { $0.after == nil }.compactMap { $0.before?.name } }
    public var changed: [String] {
        contacts.filter { $0.before != nil && $0.after != nil }.compactMap { $0.after?.name }
    }

    /// `current` with this change undone.
    public func reverted(on current: Network) throws -> Network {
        var network = current
        for versions in contacts {
            switch (versions.before, versions.after) {
            case (nil, let added?):
                network.contacts.removeAll { $0.id == added.id }
            case (let removed?, nil):
                guard network.index(of: removed.id) == nil else { continue }
                let position = min(versions.position ?? network.contacts.count, network.contacts.count)
                network.contacts.insert(removed, at: position)
            case (let before?, let after?):
                guard let index = network.index(of: after.id) else {
                    // Removed since: the undo brings back the version before the change.
                    network.contacts.append(before)
                    continue
                }
                network.contacts[index] = try Self.fieldwise(network.contacts[index], before: before, after: after)
            case (nil, nil):
                continue
            }
        }
        network.introductions = Self.undo(
            network.introductions, added: introductionsAdded, removed: introductionsRemoved)
        network.actionLog = Self.undo(network.actionLog, added: actionLogAdded, removed: actionLogRemoved)
        if let meBefore, let meAfter {
            network.me = try Self.fieldwise(network.me, before: meBefore, after: meAfter)
        }
        if let settingsBefore, let settingsAfter {
            network.settings = try Self.fieldwise(network.settings, before: settingsBefore, after: settingsAfter)
        }
        return network
    }

    /// Each field of `current` that still holds what the change wrote goes back to what it was.
    static func fieldwise<Value: Codable>(_ current: Value, before: Value, after: Value) throws -> Value {
        try fieldwise(current, before: JSONValue.encoding(before), after: JSONValue.encoding(after))
    }

    static func fieldwise<Value: Codable>(_ current: Value, before: JSONValue, after: JSONValue) throws -> Value {
        guard case .object(var fields) = try JSONValue.encoding(current),
            case .object(let old) = before, case .object(let new) = after
        else { return current }
        for key in Set(old.keys).union(new.keys) where fields[key] == new[key] {
            fields[key] = old[key]
        }
        return try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(JSONValue.object(fields)))
    }

    /// What `after` has that `before` lacks, and the reverse (counting repeats).
    static func difference<Item: Hashable>(_ before: [Item], _ after: [Item]) -> (added: [Item], removed: [Item]) {
        var counts: [Item: Int] = [:]
        for item in before { counts[item, default: 0] += 1 }
        var added: [Item] = []
        for item in after {
            if let count = counts[item], count > 0 { counts[item] = count - 1 } else { added.append(item) }
        }
        let removed = before.filter { item in
            guard let count = counts[item], count > 0 else { return false }
            counts[item] = count - 1
            return true
        }
        return (added, removed)
    }

    static func undo<Item: Hashable>(_ items: [Item], added: [Item], removed: [Item]) -> [Item] {
        var result = items
        for item in added {
            if let index = result.lastIndex(of: item) { result.remove(at: index) }
        }
        return result + removed
    }
}

extension JSONValue {
    /// The JSON a `Codable` value encodes to.
    static func encoding<Value: Encodable>(_ value: Value) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }
}
