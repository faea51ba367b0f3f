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

    /// For a new debrief: the first slot not in use by another process. When that slot holds
    /// a stopped debrief's draft, the claim carries it (the caller asks to resume or discard).
    public func claimForNew() throws -> Claim? {
        try claim { _ in true }
    }

    /// For `--resume` and `--discard`: the first stopped debrief's draft, or nil when there is none.
    public func claimStopped() throws -> Claim? {
        try claim { $0 != nil }
    }

    /// True when a stopped debrief's draft waits in some slot (for `kith doctor`).
    public func hasStoppedDraft() -> Bool {
        (0..<Self.count).contains { slot in
            guard FileManager.default.fileExists(atPath: location.draftFile(slot: slot).path) else { return false }
            guard let lock = try? StoreLock.attempt(url: lockFile(slot)) else { return false }
            lock.unlock()
            return true
        }
    }

    private func claim(_ accept: (DebriefDraft?) -> Bool) throws -> Claim? {
        try location.createFolder()
        for slot in 0..<Self.count {
            guard let lock = try StoreLock.attempt(url: lockFile(slot)) else { continue }
            let drafts = DraftStore(file: location.draftFile(slot: slot))
            let existing: DebriefDraft?
            do {
                existing = try drafts.load()
            } catch {
                lock.unlock()
                throw error
            }
            if accept(existing) { return Claim(drafts: drafts, existing: existing, lock: lock) }
            lock.unlock()
        }
        return nil
    }
}
