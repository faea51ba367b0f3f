import Foundation

/// Brings a store written by an older kith up to `VersionedDocument.store`'s newest version.
///
/// Version 2 added UIDs, LinkedIn's connection day as `connectedOn` and the imported vCard
/// fields. Moving from 1: every contact gets a UID, and the `connected` interactions that
/// version 1 recorded for LinkedIn's "Connected On" become `connectedOn` (they were never
/// meetings, and counted as one).
public enum StoreMigration {
    /// Migrates `network` in place; false when it already was current.
    @discardableResult
    public static func migrate(_ network: inout Network, makeUID: () -> String) -> Bool {
        guard network.schemaVersion < VersionedDocument.store.newestVersion else { return false }
        for index in network.contacts.indices {
            var contact = network.contacts[index]
            if let connected = contact.interactions.first(where: { $0.kind == .connected }) {
                contact.connectedOn = contact.connectedOn ?? connected.date
                contact.interactions.removeAll { $0.kind == .connected }
            }
            network.contacts[index] = contact
        }
        network.assignMissingUIDs(makeUID)
        network.schemaVersion = VersionedDocument.store.newestVersion
        return true
    }

    /// A new UID in the form RFC 6350 recommends.
    public static func newUID() -> String {
        "urn:uuid:" + UUID().uuidString.lowercased()
    }
}

extension Network {
    /// Gives every contact without a UID a new one.
    public mutating func assignMissingUIDs(_ makeUID: () -> String = StoreMigration.newUID) {
        for index in contacts.indices where contacts[index].uid == nil {
            contacts[index].uid = makeUID()
        }
    }
}
