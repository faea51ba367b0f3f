/// Brings back a backup written by `kith export --all --format json` (the whole store document).
///
/// Into an empty store the backup becomes the store as it was: contacts, history,
/// introductions, action log and settings. Into a store that already holds people, each backed
/// up contact joins the one with the same UID (or id, for a contact without UID) through
/// `ContactFieldMerge`; the others are added (under a new id when theirs is taken, with their
/// introductions and acquaintances following); introductions and action-log entries not there
/// yet are added; the store's own settings and "me" are kept, the backup's filling what is unset.
package enum BackupRestore {
    /// What restoring did.
    package struct Report: Equatable, Sendable {
        package var replacedEmptyStore = false
        package var added: [String] = []
        package var merged: [String] = []
        package var unchanged: [String] = []
        package var introductionsAdded = 0
        package var actionLogAdded = 0
    }

    /// True when the network holds nothing the user made.
    static func isEmpty(_ network: Network) -> Bool {
        network.contacts.isEmpty && network.introductions.isEmpty && network.actionLog.isEmpty && network.me.isEmpty
            && network.settings.isDefault
    }

    package static func restore(_ backup: Network, into network: inout Network, ids: inout ContactIDGenerator) -> Report
    {
        var report = Report()
        var backup = backup
        StoreMigration.migrate(&backup, makeUID: StoreMigration.newUID)
        if isEmpty(network) {
            network = backup
            report.replacedEmptyStore = true
            report.added = backup.contacts.map(\.name)
            return report
        }
        var byUID: [String: Int] = [:]
        var byID: [ContactID: Int] = [:]
        for (index, contact) in network.contacts.enumerated() {
            if let uid = contact.uid { byUID[uid] = index }
            byID[contact.id] = index
        }
        var taken = Set(byID.keys)
        var renamed: [ContactID: ContactID] = [:]
        let firstAdded = network.contacts.count
        for contact in backup.contacts {
            let found = contact.uid.flatMap { byUID[$0] } ?? (contact.uid == nil ? byID[contact.id] : nil)
            if let found {
                let merged = ContactFieldMerge.merge(network.contacts[found], with: contact)
                renamed[contact.id] = network.contacts[found].id
                if merged == network.contacts[found] {
                    report.unchanged.append(merged.name)
                } else {
                    network.contacts[found] = merged
                    report.merged.append(merged.name)
                }
                continue
            }
            var added = contact
            if taken.contains(added.id) {
                added.id = ids.next(avoiding: taken)
                renamed[contact.id] = added.id
            }
            taken.insert(added.id)
            network.contacts.append(added)
            report.added.append(added.name)
        }
        // The people added from the backup name each other by the backup's ids.
        for index in firstAdded..<network.contacts.count {
            for k in network.contacts[index].knows.indices {
                if let id = network.contacts[index].knows[k].contactID, let new = renamed[id] {
                    network.contacts[index].knows[k].contactID = new
                }
            }
        }
        var introductions = Set(network.introductions)
        for var intro in backup.introductions {
            intro.first = renamed[intro.first] ?? intro.first
            intro.second = renamed[intro.second] ?? intro.second
            if introductions.insert(intro).inserted {
                network.introductions.append(intro)
                report.introductionsAdded += 1
            }
        }
        var logIDs = Set(network.actionLog.map(\.id))
        for entry in backup.actionLog where logIDs.insert(entry.id).inserted {
            network.actionLog.append(entry)
            report.actionLogAdded += 1
        }
        if network.me.name == nil { network.me.name = backup.me.name }
        if network.settings.isDefault { network.settings = backup.settings }
        return report
    }
}
