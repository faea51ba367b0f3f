/// Every contact's keys (UID, e-mails, phones, profile links, folded name) by value, built once
/// per import and kept up to date as people are added or get new keys, so matching a card
/// costs the same at 10 or 100,000 contacts.
struct ContactKeyIndex {
    private(set) var uids: [String: [Int]] = [:]
    private(set) var emails: [String: [Int]] = [:]
    private(set) var phones: [String: [Int]] = [:]
    private(set) var links: [String: [Int]] = [:]
    private(set) var names: [String: [Int]] = [:]

    init(_ contacts: [Contact]) {
        for index in contacts.indices { add(contacts[index], at: index) }
    }

    /// Indexes (again) the keys of the contact at `index`.
    mutating func add(_ contact: Contact, at index: Int) {
        if let uid = contact.uid { Self.insert(uid, index, into: &uids) }
        for email in contact.emails { Self.insert(MatchKeys.email(email), index, into: &emails) }
        for phone in contact.phones { Self.insert(MatchKeys.phone(phone), index, into: &phones) }
        for link in contact.links { Self.insert(MatchKeys.link(link), index, into: &links) }
        Self.insert(MatchKeys.text(contact.name), index, into: &names)
    }

    private static func insert(_ key: String, _ index: Int, into table: inout [String: [Int]]) {
        guard !key.isEmpty else { return }
        if table[key]?.contains(index) == true { return }
        table[key, default: []].append(index)
    }
}
