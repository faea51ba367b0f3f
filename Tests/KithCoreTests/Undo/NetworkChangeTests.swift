import Foundation
import KithCore
import Testing

/// Undoing a change is an inverse change on the network as it is now.
@Suite struct NetworkChangeTests {
    let day = Day(year: 2026, month: 11, day: 1)!

    func contact(_ id: String, _ name: String) -> Contact { Contact(id: id, name: name, added: day) }

    func base() -> Network {
        var network = Network(contacts: [contact("a", "Ana"), contact("b", "Ben"), contact("c", "Cruz")])
        network.introductions = [Introduction(first: "a", second: "b", why: "x", suggested: day)]
        network.actionLog = [ActionLogEntry(id: "111111", key: "r|a", ruleID: "r", state: .done, on: day)]
        return network
    }

    @Test func undoingAnAdditionRemovesThePersonAndKeepsOthersLaterWork() throws {
        let before = base()
        var after = before
        after.contacts.append(contact("d", "Dora"))
        let change = NetworkChange(before: before, after: after)
        #expect(change.added == ["Dora"] && change.removed.isEmpty && change.changed.isEmpty)
        // Another process saved since: Ben got a note.
        var now = after
        now.contacts[1].notes = [DatedText("likes jazz", recorded: day)]
        let undone = try change.reverted(on: now)
        #expect(undone.contacts.map(\.id) == ["a", "b", "c"])
        #expect(undone.contacts[1].notes.map(\.text) == ["likes jazz"])
    }

    @Test func undoingARemovalPutsThePersonBackWhereTheyWere() throws {
        let before = base()
        var after = before
        after.contacts.remove(at: 1)
        let undone = try NetworkChange(before: before, after: after).reverted(on: after)
        #expect(undone == before)
    }

    @Test func aFieldChangedAgainSinceIsLeftAsItIsNow() throws {
        let before = base()
        var after = before
        after.contacts[0].company = "Acme"
        after.contacts[0].role = "designer"
        var now = after
        now.contacts[0].role = "art director"
        let undone = try NetworkChange(before: before, after: after).reverted(on: now)
        #expect(undone.contacts[0].company == nil)
        #expect(undone.contacts[0].role == "art director")
    }

    @Test func introductionsActionLogProfileAndSettingsComeBack() throws {
        let before = base()
        var after = before
        after.introductions.removeAll()
        after.introductions.append(Introduction(first: "b", second: "c", why: "y", suggested: day))
        after.actionLog.append(
            ActionLogEntry(id: "222222", key: "r|b", ruleID: "r", state: .snoozed, on: day, until: day.adding(days: 3)))
        after.me.name = "Me"
        after.settings.tagTiers["family"] = "close"
        let change = NetworkChange(before: before, after: after)
        #expect(!change.isEmpty)
        var now = after
        now.actionLog.append(ActionLogEntry(id: "333333", key: "r|c", ruleID: "r", state: .dismissed, on: day))
        let undone = try change.reverted(on: now)
        #expect(undone.introductions == before.introductions)
        #expect(undone.actionLog.map(\.id) == ["111111", "333333"])
        #expect(undone.me == before.me)
        #expect(undone.settings == before.settings)
    }

    @Test func noChangeIsEmptyAndUndoingTwiceIsHarmless() throws {
        #expect(NetworkChange(before: base(), after: base()).isEmpty)
        var after = base()
        after.contacts.append(contact("d", "Dora"))
        let change = NetworkChange(before: base(), after: after)
        let once = try change.reverted(on: after)
        #expect(try change.reverted(on: once) == once)
    }

    @Test func theJournalKeepsTheNewestChangesAndRefusesANewerFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-undo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let journal = UndoJournal(location: StoreLocation(folder: folder))
        var network = base()
        for number in 0..<(UndoJournal.limit + 5) {
            var next = network
            next.contacts.append(contact("n\(number)", "Person \(number)"))
            try journal.record(NetworkChange(before: network, after: next), command: "add \(number)", at: Date())
            network = next
        }
        try journal.record(NetworkChange(before: network, after: network), command: "nothing", at: Date())
        let entries = try journal.entries()
        #expect(entries.count == UndoJournal.limit)
        #expect(entries.last?.command == "add \(UndoJournal.limit + 4)")
        #expect(try journal.pop()?.command == "add \(UndoJournal.limit + 4)")
        let attributes = try FileManager.default.attributesOfItem(atPath: journal.file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        try Data(#"{"schemaVersion": 99, "entries": []}"#.utf8).write(to: journal.file)
        #expect(throws: FileProblem.self) { try journal.entries() }
        try Data("{not json".utf8).write(to: journal.file)
        #expect(throws: FileProblem.self) { try journal.entries() }
    }
}
