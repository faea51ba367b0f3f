/// Why the store could not be read or written. Each case says what and where, and how to
/// recover; in every case the store file on disk has not been changed.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The file is not valid JSON (`detail` says where it broke) or not a kith store.
    case corrupt(path: String, detail: String, backup: String)
    /// The file was written by a newer kith; the front end words the problem.
    case newerVersion(FileProblem)
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The data folder cannot be created or used.
    case unusableFolder(path: String, reason: String)
    /// The lock file cannot be opened or locked.
    case lockFailed(path: String, reason: String)
    /// A save failed; the previous store is intact.
    case writeFailed(path: String, reason: String)
    /// The store file is gone but backups of it exist (`backup` is the newest).
    case missing(path: String, backup: String)
    /// Several contacts share one id: a change could land on the wrong person.
    case duplicateIDs(path: String, ids: [String])

    public var description: String {
        switch self {
        case .corrupt(let path, let detail, let backup):
            return """
                the store \(path) is damaged (\(detail)). It was left untouched. \
                Run 'kith doctor' to check it and the backup, and 'kith doctor --restore' to \
                go back to the previous version (\(backup)).
                """
        case .newerVersion(let problem):
            // Worded by the front end from the problem's data; this is only its outline.
            return "\(problem.file): \(problem.message)"
        case .unreadable(let path, let reason):
            return "cannot read the store \(path): \(reason). It was left untouched."
        case .unusableFolder(let path, let reason):
            return "cannot use the data folder \(path): \(reason)"
        case .lockFailed(let path, let reason):
            return "cannot lock \(path): \(reason)"
        case .writeFailed(let path, let reason):
            return "could not save \(path): \(reason). The previous version is intact."
        case .missing(let path, let backup):
            return """
                the store \(path) is missing, but a backup of it exists (\(backup)). Nothing was \
                changed. Run 'kith doctor --restore' to bring back the newest backup \
                ('kith doctor --backups' lists them all).
                """
        case .duplicateIDs(let path, let ids):
            return """
                the store \(path) has several people with the same id (\(ids.prefix(5).joined(separator: ", "))), \
                so a change could land on the wrong person; nothing was changed. Run 'kith doctor' \
                to see them, and give each a new id or restore a backup ('kith doctor --restore').
                """
        }
    }
}
