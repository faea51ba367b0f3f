import Foundation
import Testing

@testable import KithCore

/// Suggested actions as VTODO files: written, completed elsewhere (done), deleted elsewhere
/// (dismissed), and the same UID on every device.
struct TaskSyncTests {
    func actions(_ device: SyncDevice) throws -> [SuggestedAction] {
        let network = device.store.network
        return allActions(
            for: network, today: device.today, rules: try RuleFixtures.shippedRules(),
            finder: TokenOverlapFinder(network: network))
    }

    func deviceWithPromises() throws -> SyncDevice {
        let device = try SyncDevice()
        var ana = person("a1", "Ana Ruiz")
        ana.promises = [Promise("send the slides", recorded: Day("2026-11-01")!)]
        var ben = person("b2", "Ben Ortiz")
        ben.promises = [Promise("lend the book", recorded: Day("2026-11-02")!)]
        try device.add(ana)
        try device.add(ben)
        return device
    }

    func taskFile(_ device: SyncDevice, containing text: String) -> String? {
        device.cardFiles(in: device.tasks).first { name in
            let data = FileManager.default.contents(atPath: device.tasks.appendingPathComponent(name).path) ?? Data()
            return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "").contains(text)
        }
    }

    @Test func tasksAreWrittenAndCompletedOrDeletedOnesComeBack() throws {
        let device = try deviceWithPromises()
        let all = try actions(device)
        let open = all.filter { $0.status.isOpen }
        let report = try device.sync.syncTasks(actions: all, dryRun: false)
        #expect(report.count(.added, on: .vdir) == open.count && !open.isEmpty)
        let slides = try #require(taskFile(device, containing: "send the slides"))
        let url = device.tasks.appendingPathComponent(slides)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("BEGIN:VTODO") && text.contains("DUE;VALUE=DATE:20261123") && text.contains("PRIORITY:"))
        #expect(text.contains("DESCRIPTION:") && text.contains("STATUS:NEEDS-ACTION"))
        #expect(try device.sync.syncTasks(actions: all, dryRun: false).changes.isEmpty, "a second sync writes nothing")

        try text.replacingOccurrences(of: "STATUS:NEEDS-ACTION", with: "STATUS:COMPLETED").write(
            to: url, atomically: true, encoding: .utf8)
        let book = try #require(taskFile(device, containing: "lend the book"))
        try FileManager.default.removeItem(at: device.tasks.appendingPathComponent(book))
        let back = try device.sync.syncTasks(actions: all, dryRun: false)
        #expect(Set(back.changes.map(\.kind)) == [.done, .dismissed])
        let log = device.store.network.actionLog
        #expect(log.contains { $0.state == .done } && log.contains { $0.state == .dismissed })
        #expect(device.contact("Ana Ruiz")?.promises.first?.kept == device.today, "done keeps the promise")
        #expect(!FileManager.default.fileExists(atPath: url.path), "a completed task is removed")
        let after = try device.sync.syncTasks(actions: try actions(device), dryRun: false)
        #expect(!after.changes.contains { $0.kind == .done || $0.kind == .dismissed })
        #expect(taskFile(device, containing: "lend the book") == nil, "a dismissed action gets no new task")
    }

    @Test func everyDeviceGivesAnActionTheSameTaskUID() throws {
        let one = try deviceWithPromises()
        let two = try deviceWithPromises()
        _ = try one.sync.syncTasks(actions: try actions(one), dryRun: false)
        _ = try two.sync.syncTasks(actions: try actions(two), dryRun: false)
        #expect(!one.cardFiles(in: one.tasks).isEmpty && one.cardFiles(in: one.tasks) == two.cardFiles(in: two.tasks))
    }

    @Test func aTaskFileReadsBackAndPriorityMapsOntoOneToNine() {
        let read = TaskCard.read(
            Data(
                "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:kith-action-x\r\n @kith\r\nSTATUS:COMPLETED\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
                    .utf8))
        #expect(read == TaskCard.Read(uid: "kith-action-x@kith", completed: true))
        #expect(TaskCard.read(Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8)) == nil)
        let priorities: [Int] = [100, 50, 0, 400].map(TaskCard.priority)
        #expect(priorities == [1, 5, 9, 1])
    }
}
