/// What a sync changed, or with `--dry-run` would change, on each side: data the command layer
/// puts in words.
public struct SyncReport: Sendable, Equatable {
    /// Where a change lands: the store (from the vdir) or the vdir (from the store).
    public enum Side: String, Sendable, Equatable {
        case kith, vdir
    }

    /// What is changed: a contact's card, a task, or kith's own card (me, introductions, actions).
    public enum Item: String, Sendable, Equatable {
        case contact, task, kithData
    }

    /// The kind of change.
    public enum Kind: String, Sendable, Equatable {
        case added, changed, deleted
        /// Both sides changed a single value differently: kith's was kept.
        case conflict
        /// A card deleted in the vdir whose contact stays until `--accept-deletions`.
        case deletionPending
        /// A task completed elsewhere: the action was marked done.
        case done
        /// A task deleted elsewhere: the action was dismissed.
        case dismissed
    }

    /// A value both sides changed: kith's, kept, and the other side's, shown as text.
    public struct Conflict: Sendable, Equatable {
        public let place: String
        public let kept: String
        public let other: String
    }

    /// One change.
    public struct Change: Sendable, Equatable {
        public let side: Side
        public let item: Item
        public let kind: Kind
        /// The contact's name or the action's text.
        public let name: String
        /// For a changed item, the fields that changed.
        public var fields: [String] = []
        public var conflicts: [Conflict] = []
    }

    /// A vdir file that was not read, and why.
    public struct Skipped: Error, Sendable, Equatable {
        /// Why a file was skipped.
        public enum Problem: Sendable, Equatable {
            /// The reader's reason (in the import's words) and the line.
            case unreadable(line: Int, reason: String)
            /// The file holds this many cards (or tasks), not one.
            case count(Int)
            /// The card has no name, company or e-mail.
            case noName
            /// Another file has the same UID.
            case sameUID(as: String)
            /// The card fits several people (the import's reason).
            case ambiguous(String)
        }

        public let file: String
        public let problem: Problem
    }

    public var changes: [Change] = []
    public var skipped: [Skipped] = []

    public init() {}

    /// Contacts whose card was deleted in the vdir and who stay until `--accept-deletions`.
    public var pendingDeletions: [String] {
        changes.filter { $0.kind == .deletionPending }.map(\.name)
    }

    /// The number of changes of `kind` landing on `side`.
    public func count(_ kind: Kind, on side: Side) -> Int {
        changes.filter { $0.kind == kind && $0.side == side }.count
    }

    mutating func add(
        _ side: Side, _ item: Item, _ kind: Kind, _ name: String, fields: [String] = [],
        conflicts: [Conflict] = []
    ) {
        changes.append(Change(side: side, item: item, kind: kind, name: name, fields: fields, conflicts: conflicts))
    }
}
