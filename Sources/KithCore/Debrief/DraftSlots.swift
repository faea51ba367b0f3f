import Foundation

/// Where each debrief keeps its draft. A running debrief holds its slot's lock (a `.lock`
/// file next to the draft) until it ends, so a second debrief at the same time (another shell,
/// a script) takes the next free slot instead of refusing or overwriting; a draft whose lock
/// is free was left by a debrief that stopped, and is the one to resume.
package struct DraftSlots {
    package let location: StoreLocation
    /// The slots whose draft file exists, in order (found by listing the folder: there is no
    /// fixed number of slots, so no debrief is ever refused for how many run at once).
    func usedSlots() -> [Int] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: location.folder.path) else { return [] }
        return names.compactMap { name -> Int? in
            if name == "debrief-draft.json" { return 0 }
            guard name.hasPrefix("debrief-draft-"), name.hasSuffix(".json"),
                let number = Int(name.dropFirst("debrief-draft-".count).dropLast(5)), number >= 2
            else { return nil }
            return number - 1
        }.sorted()
    }

    package init(location: StoreLocation) {
        self.location = location
    }

    /// A slot held by this process: its drafts, and the lock kept while the debrief runs.
    package struct Claim {
        package let drafts: DraftStore
        /// The draft left there by an earlier debrief, if any.
        package let existing: DebriefDraft?
        let lock: StoreLock

        /// Lets another debrief use the slot.
        package func release() { lock.unlock() }
    }

    private func lockFile(_ slot: Int) -> URL {
        location.draftFile(slot: slot).appendingPathExtension("lock")
    }

    /// For a new debrief: a stopped debrief's draft if one waits in any slot (the caller asks to
    /// resume or discard it), else the first slot that is free (no draft, not in use).
    package func claimForNew() throws -> Claim? {
        // An unreadable draft never blocks a new debrief: it waits for --discard (doctor says so).
        if let stopped = try claimStopped(skippingUnreadable: true) { return stopped }
        try location.createFolder()
        let used = Set(usedSlots())
        for slot in 0... where !used.contains(slot) && !draftExists(slot) {
            guard let lock = try StoreLock.attempt(url: lockFile(slot)) else { continue }
            // Another debrief may have started there between the check and the lock.
            if draftExists(slot) {
                lock.unlock()
                continue
            }
            return Claim(drafts: DraftStore(file: location.draftFile(slot: slot)), existing: nil, lock: lock)
        }
        return nil
    }

    /// For `--resume` and `--discard`: the first stopped debrief's draft (one whose slot no
    /// running debrief holds), or nil when there is none.
    package func claimStopped(skippingUnreadable: Bool = false) throws -> Claim? {
        for slot in usedSlots() where draftExists(slot) {
            guard let lock = try StoreLock.attempt(url: lockFile(slot)) else { continue }
            let drafts = DraftStore(file: location.draftFile(slot: slot))
            let existing: DebriefDraft?
            do {
                existing = try drafts.load()
            } catch {
                lock.unlock()
                if skippingUnreadable { continue }
                throw error
            }
            guard let existing else {
                lock.unlock()
                continue
            }
            return Claim(drafts: drafts, existing: existing, lock: lock)
        }
        return nil
    }

    /// For `--discard`: the first stopped debrief's slot, whether or not its draft can be read
    /// (`existing` is nil when it cannot), so a damaged draft can always be dropped.
    package func claimStoppedForDiscard() throws -> Claim? {
        for slot in usedSlots() where draftExists(slot) {
            guard let lock = try StoreLock.attempt(url: lockFile(slot)) else { continue }
            let drafts = DraftStore(file: location.draftFile(slot: slot))
            return Claim(drafts: drafts, existing: try? drafts.load(), lock: lock)
        }
        return nil
    }

    /// The stopped drafts that cannot be read (for `kith doctor`).
    package func unreadableStoppedDrafts() -> [URL] {
        usedSlots().compactMap { slot in
            let drafts = DraftStore(file: location.draftFile(slot: slot))
            guard (try? drafts.load()) == nil, drafts.exists,
                let lock = try? StoreLock.attempt(url: lockFile(slot))
            else { return nil }
            lock.unlock()
            return drafts.file
        }
    }

    /// True when a stopped debrief's draft waits in some slot (for `kith doctor`).
    package func hasStoppedDraft() -> Bool {
        usedSlots().contains { slot in
            guard draftExists(slot), let lock = try? StoreLock.attempt(url: lockFile(slot)) else { return false }
            lock.unlock()
            return true
        }
    }

    /// The draft files that exist, for checks such as file modes.
    package func draftFiles() -> [URL] {
        usedSlots().map { location.draftFile(slot: $0) }
    }

    private func draftExists(_ slot: Int) -> Bool {
        FileManager.default.fileExists(atPath: location.draftFile(slot: slot).path)
    }
}
