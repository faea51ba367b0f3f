import Foundation
import Testing

@testable import KithCore

/// A sync stopped half way converges on the next run; two devices sharing a vdir end up with
/// the same people and the same record of what was done.
struct SyncConvergenceTests {
    /// A store edit and a card edit, ready to sync.
    func divergedDevice() throws -> (SyncDevice, String) {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz", email: "ana@ruiz.example"))
        try device.syncContacts()
        let file = try #require(device.file(of: "Ana Ruiz"))
        try device.change("Ana Ruiz") { $0.role = "CTO" }
        try device.writeCard(
            device.card(file).replacingOccurrences(of: "FN:Ana Ruiz", with: "FN:Ana Ruiz\r\nTEL:+1 555 0100"),
            to: file)
        return (device, file)
    }

    @Test func stoppedAfterWritingTheVdirARerunConverges() throws {
        let (device, file) = try divergedDevice()
        let state = try SyncState.read(from: device.store.location)
        let files = try VdirFolder(path: device.settings.contactsFolder, fileExtension: "vcf").files()
        let plan = try ContactSyncPlanner(settings: device.settings, today: device.today, acceptDeletions: false)
            .plan(network: device.store.network, files: files, state: state) { "x" }
        for write in plan.writes { try write.data.write(to: device.vdir.appendingPathComponent(write.name)) }
        // Stopped here: the store and the state were not saved.
        try device.syncContacts()
        let ana = try #require(device.contact("Ana Ruiz"))
        #expect(ana.role == "CTO" && ana.phones == ["+1 555 0100"])
        #expect(device.card(file).contains("TITLE:CTO") && device.card(file).contains("+1 555 0100"))
        #expect(try device.syncContacts().changes.isEmpty)
    }

    @Test func stoppedBeforeSavingTheStateARerunChangesNothingMore() throws {
        let (device, file) = try divergedDevice()
        let stateFile = SyncState.file(in: device.store.location)
        let oldState = try Data(contentsOf: stateFile)
        try device.syncContacts()
        let card = device.card(file)
        let network = device.store.network
        try oldState.write(to: stateFile)
        let rerun = try device.syncContacts()
        #expect(rerun.changes.filter { $0.kind != .changed || $0.side != .vdir }.isEmpty, "\(rerun.changes)")
        #expect(device.store.network.contacts == network.contacts && device.card(file) == card)
        #expect(try device.syncContacts().changes.isEmpty)
    }

    @Test func aSecondDeviceGetsThePeopleTheHistoryAndWhatWasDone() throws {
        let laptop = try SyncDevice()
        let desktop = try SyncDevice()
        var ana = person("a1", "Ana Ruiz", email: "ana@ruiz.example", needs: ["a lawyer"])
        ana.offers = [DatedText("tax advice", recorded: Day("2026-11-20")!)]
        ana.interactions = [Interaction(date: Day("2026-11-20")!, kind: .meeting, note: "coffee")]
        try laptop.add(ana)
        try laptop.add(person("b2", "Ben Ortiz"))
        try laptop.store.update { network in
            network.me.name = "Sam"
            network.introductions.append(
                Introduction(first: "a1", second: "b2", why: "a lawyer", suggested: Day("2026-11-21")!))
            network.actionLog.append(
                ActionLogEntry(
                    id: "abc123", key: "reconnect|a1", ruleID: "reconnect",
                    state: .done, on: Day("2026-11-22")!))
        }
        try laptop.syncContacts()
        try desktop.receive(from: laptop)
        let arrived = try desktop.syncContacts()
        #expect(arrived.count(.added, on: .kith) == 2)
        let copy = try #require(desktop.contact("Ana Ruiz"))
        #expect(copy == laptop.contact("Ana Ruiz"), "the same contact, id and history included")
        #expect(desktop.store.network.actionLog == laptop.store.network.actionLog)
        #expect(desktop.store.network.introductions == laptop.store.network.introductions)
        #expect(desktop.store.network.me.name == "Sam")
        #expect(try desktop.syncContacts().changes.isEmpty)
        // An edit on the desktop comes back to the laptop.
        try desktop.change("Ben Ortiz") { $0.company = "Ortiz Legal" }
        try desktop.syncContacts()
        try laptop.receive(from: desktop)
        try laptop.syncContacts()
        #expect(laptop.contact("Ben Ortiz")?.company == "Ortiz Legal")
        #expect(try laptop.syncContacts().changes.isEmpty)
    }

    @Test func aDryRunSaysWhatWouldChangeAndChangesNothing() throws {
        let (device, file) = try divergedDevice()
        let card = device.card(file)
        let network = device.store.network
        let report = try device.syncContacts(dryRun: true)
        #expect(report.changes.contains { $0.side == .kith && $0.fields == ["phones"] })
        #expect(report.changes.contains { $0.side == .vdir && $0.kind == .changed })
        #expect(device.card(file) == card && device.store.network == network)
    }
}
