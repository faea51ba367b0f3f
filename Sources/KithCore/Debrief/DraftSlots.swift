import Foundation

/// Where each debrief keeps its draft. A running debrief holds its slot's lock (a `.lock`
/// file next to the draft) until it ends, so a second debrief at the same time (another shell,
/// a script) takes the next free slot instead of refusing or overwriting; a draft whose lock
/// is free was left by a debrief that stopped, and is the one to resume.
public struct DraftSlots {
    public let location: StoreLocation
    /// More debriefs than this at once is not a real use; it bounds the search.
    static let count = 16

    public init(location: StoreLocation) {
        self.location = location
    }

    /// A slot held by this process: its drafts, and the lock kept while the debrief runs.
    public struct Claim {
        public let drafts: DraftStore
        /// The draft left there by an earlier debrief, if any.
        public let existing: DebriefDraft?
        let lock: StoreLock

        /// Lets another debrief use the slot.
        public func release() { lock.unlock() }
    }

    private func lockFile(_ slot: Int) -> URL {
        location.draftFile(slot: slot).appendingPathExtension("lock")
    }

    /// For a new debrief: a stopped debrief's draft if one waits in any slot (the caller asks to
    /// resume or discard it), else the first slot that is free (no draft, not in use).
    public func claimForNew() throws -> Claim? {
        if let stopped = try claimStopped() { return stopped }
        try location.createFolder()
        for slot in 0..<Self.count where !draftExists(slot) {
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
    public func claimStopped() throws -> Claim? {
        for slot in 0..<Self.count where draftExists(slot) {
            guard let lock = try StoreLock.attempt(url: lockFile(slot)) else { continue }
            let drafts = DraftStore(file: location.draftFile(slot: slot))
            let existing: DebriefDraft?
            do {
                existing = try drafts.load()
            } catch {
                lock.unlock()
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

    /// True when a stopped debrief's draft waits in some slot (for `kith doctor`).
    public func hasStoppedDraft() -> Bool {
        (0..<Self.count).contains { slot in
            guard draftExists(slot), let lock = try? StoreLock.attempt(url: lockFile(slot)) else { return false }
            lock.unlock()
            return true
        }
    }

    /// The draft files that exist, for checks such as file modes.
    public func draftFiles() -> [URL] {
        (0..<Self.count).filter(draftExists).map { location.draftFile(slot: $0) }
    }

    private func draftExists(_ slot: Int) -> Bool {
        FileManager.default.fileExists(atPath: location.draftFile(slot: slot).path)
    }
}
