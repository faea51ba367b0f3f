import Foundation

/// Runs a sync against the store and the vdirs on disk: plans it (`ContactSyncPlanner`,
/// `TaskSyncPlanner`) and, unless it is a dry run, applies it under the store's lock.
///
/// The order makes a crash harmless: vdir files are written (each atomically) and the archive
/// before the store is saved, and the sync state last. Stopped anywhere, a rerun sees changed
/// cards where both sides already agree, merges them to the same result, and converges.
package struct VdirSync {
    package let store: Store
    package let settings: SyncSettings
    package let today: Day
    package var makeID: () -> ContactID

    package init(store: Store, settings: SyncSettings, today: Day, makeID: @escaping () -> ContactID) {
        self.store = store
        self.settings = settings
        self.today = today
        self.makeID = makeID
    }

    /// A plan that changes nothing in the store: `update` is left without saving.
    private struct NothingToSave: Error {
        let plan: ContactSyncPlan
    }

    /// Syncs the contacts vdir (or, with `dryRun`, only says what would change).
    package func syncContacts(dryRun: Bool, acceptDeletions: Bool) throws -> SyncReport {
        let folder = VdirFolder(path: settings.contactsFolder, fileExtension: "vcf")
        let planner = ContactSyncPlanner(settings: settings, today: today, acceptDeletions: acceptDeletions)
        let location = store.location
        try store.reloadIfChanged()
        let state = try SyncState.read(from: location)
        let first = try planner.plan(network: store.network, files: try folder.files(), state: state, makeID: makeID)
        if dryRun { return first.report }
        if first.network == store.network && first.writes.isEmpty && first.removals.isEmpty {
            if first.state != state { try first.state.write(to: location) }
            return first.report
        }
        let plan: ContactSyncPlan
        do {
            plan = try store.update { network in
                let plan = try planner.plan(network: network, files: try folder.files(), state: state, makeID: makeID)
                try apply(plan.writes, plan.removals, to: folder)
                if !plan.archived.isEmpty {
                    let archive = ForgottenArchive(location: location)
                    try archive.write(try archive.people() + plan.archived)
                }
                if plan.network == network { throw NothingToSave(plan: plan) }
                network = plan.network
                return plan
            }
        } catch let unchanged as NothingToSave {
            plan = unchanged.plan
        }
        try plan.state.write(to: location)
        return plan.report
    }

    /// Syncs the tasks vdir with `actions` (today's, hidden ones included, as `kith today`
    /// computes them after the contacts sync): marks done and dismisses what came back, writes
    /// the rest. Nothing to do without a tasks folder.
    package func syncTasks(actions: [SuggestedAction], dryRun: Bool) throws -> SyncReport {
        guard let path = settings.tasksFolder else { return SyncReport() }
        let folder = VdirFolder(path: path, fileExtension: "ics")
        let location = store.location
        let state = try SyncState.read(from: location)
        let plan = TaskSyncPlanner(settings: settings, today: today)
            .plan(actions: actions, files: try folder.files(), state: state)
        if dryRun { return plan.report }
        if !plan.done.isEmpty || !plan.dismissed.isEmpty {
            try store.update { network in
                for action in plan.done { network.markDone(action, note: nil, today: today) }
                for action in plan.dismissed { network.dismiss(action, today: today) }
            }
        }
        try apply(plan.writes, plan.removals, to: folder)
        var saved = state
        saved.tasks = plan.tasks
        if saved != state { try saved.write(to: location) }
        return plan.report
    }

    private func apply(_ writes: [VdirFile], _ removals: [String], to folder: VdirFolder) throws {
        for file in writes { try folder.write(file.data, name: file.name) }
        for name in removals { try folder.remove(name: name) }
    }
}
