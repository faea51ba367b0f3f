/// Why `kith sync` refused to run or stopped: data for the command layer to put in words.
package enum SyncError: Error, Equatable, Sendable {
    /// The vdir folder does not exist (or is not a folder).
    case missingFolder(path: String)
    /// The vdir holds no card although earlier syncs wrote some: an unmounted or emptied
    /// folder, never read as "everyone was deleted".
    case emptyFolder(path: String, synced: Int)
    /// A vdir file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// A vdir file, the state or the archive could not be written.
    case writeFailed(path: String, reason: String)
    /// The sync state file is damaged or from a newer kith.
    case unreadableState(FileProblem)
}
