import KithCore

/// `kith sync`'s report in words: one line per change, the skipped files, the counts.
struct SyncText {
    let prompts: PromptBook

    func line(_ change: SyncReport.Change) -> String {
        let name = change.item == .kithData ? prompts.text("sync.kithData") : change.name
        let fields = change.fields.joined(separator: ", ")
        let key: String
        switch (change.kind, change.side) {
        case (.conflict, _):
            return change.conflicts.map { conflict in
                prompts.text(
                    "sync.conflict",
                    [
                        "name": name, "place": conflict.place, "kept": conflict.kept,
                        "other": conflict.other,
                    ])
            }.joined(separator: "\n")
        case (.deletionPending, _): key = "sync.pending"
        case (.done, _): key = "sync.done"
        case (.dismissed, _): key = "sync.dismissed"
        case (.added, .kith): key = "sync.added"
        case (.added, .vdir): key = "sync.addedOut"
        case (.changed, .kith): key = fields.isEmpty ? "sync.changedBare" : "sync.changed"
        case (.changed, .vdir): key = fields.isEmpty ? "sync.changedOutBare" : "sync.changedOut"
        case (.deleted, .kith): key = "sync.deleted"
        case (.deleted, .vdir): key = "sync.deletedOut"
        }
        let prefix = change.item == .task && change.side == .vdir ? prompts.text("sync.task") : ""
        return prompts.text(key, ["name": prefix + name, "fields": fields])
    }

    func skipped(_ skipped: SyncReport.Skipped) -> String {
        let reason: String
        switch skipped.problem {
        case .unreadable(let line, let text):
            reason = prompts.text("sync.skip.unreadable", ["line": "\(line)", "reason": text])
        case .count(let count): reason = prompts.text("sync.skip.count", ["count": "\(count)"])
        case .noName: reason = prompts.text("sync.skip.noName")
        case .sameUID(let other): reason = prompts.text("sync.skip.sameUID", ["file": other])
        case .ambiguous(let text): reason = text
        }
        return SafeQuote.message(prompts.text("sync.skipped", ["file": skipped.file, "reason": reason]))
    }

    func summary(_ report: SyncReport, dryRun: Bool) -> String {
        func count(_ kinds: [SyncReport.Kind], _ side: SyncReport.Side) -> String {
            "\(kinds.map { report.count($0, on: side) }.reduce(0, +))"
        }
        let values = [
            "kithAdded": count([.added], .kith), "kithChanged": count([.changed, .done, .dismissed], .kith),
            "kithDeleted": count([.deleted], .kith), "vdirAdded": count([.added], .vdir),
            "vdirChanged": count([.changed], .vdir), "vdirDeleted": count([.deleted], .vdir),
            "conflicts": "\(report.changes.filter { $0.kind == .conflict }.count)",
            "pending": "\(report.pendingDeletions.count)", "skipped": "\(report.skipped.count)",
        ]
        return prompts.text(dryRun ? "sync.summaryDry" : "sync.summary", values)
    }

    static func error(_ error: SyncError, _ prompts: PromptBook) -> String {
        switch error {
        case .missingFolder(let path): return prompts.text("sync.error.missingFolder", ["path": path])
        case .emptyFolder(let path, let synced):
            return prompts.text("sync.error.emptyFolder", ["path": path, "count": "\(synced)"])
        case .unreadable(let path, let reason):
            return prompts.text("sync.error.unreadable", ["path": path, "reason": reason])
        case .writeFailed(let path, let reason):
            return prompts.text("sync.error.writeFailed", ["path": path, "reason": reason])
        case .unreadableState(let problem):
            return FileProblemText.text(problem, prompts)
        }
    }
}
