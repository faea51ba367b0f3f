import Foundation

/// What one tasks sync does: tasks to write and remove, actions done or dismissed elsewhere,
/// the tasks' state and the report.
package struct TaskSyncPlan: Sendable {
    package var writes: [VdirFile] = []
    package var removals: [String] = []
    /// Actions whose task was completed elsewhere: to mark done.
    package var done: [SuggestedAction] = []
    /// Actions whose task was deleted elsewhere: to dismiss.
    package var dismissed: [SuggestedAction] = []
    package var tasks: [String: SyncState.Task]
    package var report = SyncReport()

    init(tasks: [String: SyncState.Task]) {
        self.tasks = tasks
    }
}

/// Plans the tasks vdir from the suggested actions (taken as values, as `kith today` computes
/// them): open actions are due the day their task was first written (today for a new one),
/// snoozed ones the day they come back, within `settings.taskDays` days; done and dismissed
/// ones have no task. A task completed elsewhere marks its action done; a task deleted
/// elsewhere dismisses it; a task whose action is gone is removed.
package struct TaskSyncPlanner {
    package let settings: SyncSettings
    package let today: Day

    package init(settings: SyncSettings, today: Day) {
        self.settings = settings
        self.today = today
    }

    package func plan(actions: [SuggestedAction], files: [VdirFile], state: SyncState) -> TaskSyncPlan {
        var plan = TaskSyncPlan(tasks: state.tasks)
        let lastDay = today.adding(days: max(0, settings.taskDays - 1))
        var byKey: [String: SuggestedAction] = [:]
        for action in actions where byKey[action.key] == nil { byKey[action.key] = action }
        var present: [String: (file: VdirFile, read: TaskCard.Read)] = [:]
        for file in files {
            guard let read = TaskCard.read(file.data) else {
                plan.report.skipped.append(.init(file: file.name, problem: .count(0)))
                continue
            }
            present[read.uid] = (file, read)
        }
        // What came back: completed or deleted tasks.
        var closed = Set<String>()
        for (uid, entry) in state.tasks.sorted(by: { $0.key < $1.key }) {
            let action = byKey[entry.key].flatMap { isPending($0) ? $0 : nil }
            if let task = present[uid] {
                guard task.read.completed else { continue }
                plan.removals.append(task.file.name)
                plan.tasks[uid] = nil
                if let action {
                    plan.done.append(action)
                    closed.insert(action.key)
                    plan.report.add(.kith, .task, .done, action.text)
                }
            } else {
                plan.tasks[uid] = nil
                if let action {
                    plan.dismissed.append(action)
                    closed.insert(action.key)
                    plan.report.add(.kith, .task, .dismissed, action.text)
                }
            }
        }
        // What goes out: a task per pending action in the window; others' tasks removed.
        var wanted = Set<String>()
        var taken = Set(files.map(\.name))
        for action in byKey.values.sorted(by: { $0.key < $1.key }) where !closed.contains(action.key) {
            guard let due = dueDay(of: action, state: plan.tasks), due <= lastDay else { continue }
            let uid = TaskCard.uid(forKey: action.key)
            wanted.insert(uid)
            let text = TaskCard.text(for: action, due: due)
            let data = Data(text.utf8)
            let file =
                present[uid]?.file.name ?? plan.tasks[uid]?.file
                ?? VdirFolder.fileName(forUID: uid, fileExtension: "ics", taken: taken)
            taken.insert(file)
            if present[uid]?.file.data != data {
                plan.writes.append(VdirFile(name: file, data: data))
                plan.report.add(.vdir, .task, present[uid] == nil ? .added : .changed, action.text)
            }
            plan.tasks[uid] = .init(file: file, hash: ContentHash.of(data), key: action.key, due: due)
        }
        for (uid, entry) in plan.tasks.sorted(by: { $0.key < $1.key }) where !wanted.contains(uid) {
            plan.tasks[uid] = nil
            guard present[uid] != nil else { continue }
            plan.removals.append(entry.file)
            plan.report.add(.vdir, .task, .deleted, byKey[entry.key]?.text ?? entry.key)
        }
        return plan
    }

    /// True when the action is open, or snoozed: it may still be done or dismissed.
    func isPending(_ action: SuggestedAction) -> Bool {
        switch action.status {
        case .open, .snoozed: return true
        case .done, .dismissed: return false
        }
    }

    /// The task's due day: the day it was first due while open, the snooze's end when snoozed.
    func dueDay(of action: SuggestedAction, state: [String: SyncState.Task]) -> Day? {
        switch action.status {
        case .open:
            let first = state[TaskCard.uid(forKey: action.key)]?.due
            return first.map { min($0, today) } ?? today
        case .snoozed(let until): return until
        case .done, .dismissed: return nil
        }
    }
}
