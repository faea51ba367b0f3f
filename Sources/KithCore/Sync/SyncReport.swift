/// What a sync changed, or with `--dry-run` would change, on each side: data the command layer
/// puts in words.
package struct SyncReport: Sendable, Equatable {
    /// Where a change lands: the store (from the vdir) or the vdir (from the store).
    package enum Side: String, Sendable, Equatable {
        case kith, vdir
    }

    /// What is changed: a contact's card, a task, or kith's own card (me, introductions, actions).
    package enum Item: String, Sendable, Equatable {
        case contact, task, kithData
    }

    /// The kind of change.
    package enum Kind: String, Sendable, Equatable {
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
    package struct Conflict: Sendable, Equatable {
        package let place: String
        package let kept: String
        package let other: String
    }

    /// One change.
    package struct Change: Sendable, Equatable {
        package let side: Side
        package let item: Item
        package let kind: Kind
        /// The contact's name or the action's text.
        package let name: String
        /// For a changed item, the fields that changed.
        package var fields: [String] = []
        package var conflicts: [Conflict] = []
    }

    /// A vdir file that was not read, and why.
    package struct Skipped: Error, Sendable, Equatable {
        /// Why a file was skipped.
        package enum Problem: Sendable, Equatable {
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

        package let file: String
        package let problem: Problem
    }

    package var changes: [Change] = []
    package var skipped: [Skipped] = []
    /// True when nothing was read: every input looked as after the last sync that changed nothing.
    package var quiet = false

    package init() {}

    /// Contacts whose card was deleted in the vdir and who stay until `--accept-deletions`.
    package var pendingDeletions: [String] {
        changes.filter { $0.kind == .deletionPending }.map(\.name)
    }

    /// The number of changes of `kind` landing on `side`.
    package func count(_ kind: Kind, on side: Side) -> Int {
        changes.filter { $0.kind == kind && $0.side == side }.count
    }

    mutating func add(
        _ side: Side, _ item: Item, _ kind: Kind, _ name: String, fields: [String] = [],
        conflicts: [Conflict] = []
    ) {
        changes.append(Change(side: side, item: item, kind: kind, name: name, fields: fields, conflicts: conflicts))
    }
}
