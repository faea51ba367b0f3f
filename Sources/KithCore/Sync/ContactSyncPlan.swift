import Foundation

/// What one contacts sync does: the network after it, the files to write and remove in the
/// vdir, the people to archive, the state to save and the report. Made without touching disk
/// (see `ContactSyncPlanner`), so `--dry-run` shows exactly what a sync would do.
package struct ContactSyncPlan: Sendable {
    package var network: Network
    /// Cards to write (whole files, by name).
    package var writes: [VdirFile] = []
    /// Card files to remove, by name.
    package var removals: [String] = []
    /// People whose card was deleted in the vdir, moved to the archive of forgotten people.
    package var archived: [ForgottenPerson] = []
    package var state: SyncState
    package var report = SyncReport()

    init(network: Network, state: SyncState) {
        self.network = network
        self.state = state
    }
}

/// A card read from the vdir.
struct ReadCard {
    let file: VdirFile
    let card: ImportedContact
    let hash: String
    var text: String { String(decoding: file.data, as: UTF8.self) }
}
