import Foundation
import Testing

@testable import KithCore

/// Two-way sync of the store with a contacts vdir: each side's changes, both, deletions, and
/// what must never happen (an empty folder read as "all deleted", a typed value overwritten).
struct ContactSyncTests {
    @Test func firstSyncWritesOneCardPerContactAndASecondSyncChangesNothing() throws {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz", email: "ana@ruiz.example", needs: ["a lawyer"]))
        try device.add(person("b2", "Ben Ortiz"))
        let report = try device.syncContacts()
        #expect(report.count(.added, on: .vdir) == 2)
        #expect(device.cardFiles().count == 2, "no kith data card while there is nothing to share")
        let ana = try #require(device.file(of: "Ana Ruiz"))
        #expect(
            ana == VdirFolder.fileName(forUID: device.contact("Ana Ruiz")?.uid ?? "", fileExtension: "vcf", taken: []))
        #expect(device.card(ana).contains("X-KITH-ID:a1") && device.card(ana).contains("VERSION:4.0"))
        let before = try FileManager.default.attributesOfItem(atPath: device.vdir.appendingPathComponent(ana).path)
        let again = try device.syncContacts()
        #expect(again.changes.isEmpty && again.skipped.isEmpty)
        let after = try FileManager.default.attributesOfItem(atPath: device.vdir.appendingPathComponent(ana).path)
        #expect(
            before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int, "an unchanged card is not rewritten")
        let state = SyncState.file(in: device.store.location)
        let mode = try FileManager.default.attributesOfItem(atPath: state.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aChangeInKithIsWrittenToTheCardAndAChangeInTheCardComesIn() throws {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz"))
        try device.syncContacts()
        try device.change("Ana Ruiz") { $0.role = "Architect" }
        let out = try device.syncContacts()
        #expect(out.changes.map(\.side) == [.vdir] && out.changes.first?.fields == ["role"])
        let file = try #require(device.file(of: "Ana Ruiz"))
        #expect(device.card(file).contains("TITLE:Architect"))
        try device.writeCard(
            device.card(file).replacingOccurrences(of: "TITLE:Architect", with: "TITLE:Lead architect"), to: file)
        let back = try device.syncContacts()
        #expect(back.changes.first?.side == .kith && back.changes.first?.fields == ["role"])
        #expect(device.contact("Ana Ruiz")?.role == "Lead architect")
        #expect(try device.syncContacts().changes.isEmpty)
    }

    @Test func aCardWrittenByAnotherAppBecomesAContactAndKeepsItsFileName() throws {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz", email: "ana@ruiz.example"))
        try device.syncContacts()
        try device.writeCard(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-42\r\nFN:Carla Soto\r\nN:Soto;Carla;;;\r\n"
                + "TEL;TYPE=CELL:+34 600 111 222\r\nEND:VCARD\r\n", to: "phone-42.vcf")
        try device.writeCard(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:other-7\r\nFN:Ana R.\r\nEMAIL:ana@ruiz.example\r\n"
                + "ORG:Ruiz\r\nEND:VCARD\r\n", to: "other-7.vcf")
        let report = try device.syncContacts()
        #expect(report.changes.contains { $0.kind == .added && $0.side == .kith && $0.name == "Carla Soto" })
        #expect(report.changes.contains { $0.kind == .changed && $0.side == .kith && $0.name == "Ana Ruiz" })
        #expect(device.store.network.contacts.count == 2, "the card with Ana's e-mail joined Ana")
        #expect(device.contact("Carla Soto")?.phones == ["+34 600 111 222"])
        #expect(device.contact("Ana Ruiz")?.company == "Ruiz")
        #expect(device.card("phone-42.vcf").contains("X-KITH-ID:"), "the card keeps its name and gains kith's fields")
        let again = try device.syncContacts()
        #expect(again.changes.isEmpty, "\(again.changes)")
    }

    @Test func bothSidesChangedKeepsBothListsAndKithsSingleValue() throws {
        let device = try SyncDevice()
        var ana = person("a1", "Ana Ruiz", email: "ana@ruiz.example", needs: ["a lawyer"])
        ana.role = "Designer"
        try device.add(ana)
        try device.syncContacts()
        let file = try #require(device.file(of: "Ana Ruiz"))
        try device.change("Ana Ruiz") {
            $0.needs.append(Need("a flat in Lisbon", recorded: Day("2026-11-20")!))
            $0.role = "Art director"
        }
        try device.writeCard(
            device.card(file)
                .replacingOccurrences(
                    of: "EMAIL:ana@ruiz.example\r\n", with: "EMAIL:ana@ruiz.example\r\nEMAIL:ana@work.example\r\n"
                )
                .replacingOccurrences(of: "TITLE:Designer", with: "TITLE:Painter"), to: file)
        let report = try device.syncContacts()
        let merged = try #require(device.contact("Ana Ruiz"))
        #expect(merged.emails == ["ana@ruiz.example", "ana@work.example"])
        #expect(merged.needs.map(\.text) == ["a lawyer", "a flat in Lisbon"])
        #expect(merged.role == "Art director", "kith's value is kept")
        let conflict = try #require(report.changes.first { $0.kind == .conflict })
        #expect(
            conflict.conflicts == [SyncReport.Conflict(place: "role", kept: "\"Art director\"", other: "\"Painter\"")])
        #expect(device.card(file).contains("EMAIL:ana@work.example") && device.card(file).contains("a flat in Lisbon"))
        #expect(try device.syncContacts().changes.isEmpty)
    }

    @Test func aCardThatLostKithsPropertiesKeepsKithsData() throws {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz", needs: ["a lawyer"]))
        try device.syncContacts()
        let file = try #require(device.file(of: "Ana Ruiz"))
        let stripped = device.card(file).components(separatedBy: "\r\n").filter { !$0.hasPrefix("X-KITH-") }
            .joined(separator: "\r\n").replacingOccurrences(of: "FN:Ana Ruiz", with: "FN:Ana Ruiz\r\nTEL:+1 555 0100")
        try device.writeCard(stripped, to: file)
        try device.syncContacts()
        let ana = try #require(device.contact("Ana Ruiz"))
        #expect(ana.phones == ["+1 555 0100"] && ana.needs.map(\.text) == ["a lawyer"] && ana.id == "a1")
        #expect(ana.needs.first?.recorded == Day("2026-02-01"))
    }

    @Test func aDeletedCardIsReportedAndOnlyAppliedWhenAccepted() throws {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz"))
        try device.add(person("b2", "Ben Ortiz"))
        try device.syncContacts()
        try FileManager.default.removeItem(
            at: device.vdir.appendingPathComponent(try #require(device.file(of: "Ben Ortiz"))))
        let pending = try device.syncContacts()
        #expect(pending.pendingDeletions == ["Ben Ortiz"])
        #expect(device.contact("Ben Ortiz") != nil && device.file(of: "Ben Ortiz") == nil, "neither side is changed")
        #expect(try device.syncContacts().pendingDeletions == ["Ben Ortiz"], "still reported on the next sync")
        let applied = try device.syncContacts(acceptDeletions: true)
        #expect(applied.changes.map(\.kind) == [.deleted] && applied.changes.first?.side == .kith)
        #expect(device.contact("Ben Ortiz") == nil)
        #expect(try ForgottenArchive(location: device.store.location).people().map(\.contact.name) == ["Ben Ortiz"])
        #expect(try device.syncContacts().changes.isEmpty)
    }

    @Test func someoneForgottenInKithHasTheirCardRemoved() throws {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz"))
        try device.add(person("b2", "Ben Ortiz"))
        try device.syncContacts()
        try device.store.update { network in _ = try network.forget("b2", on: Day("2026-11-23")!) }
        let report = try device.syncContacts()
        #expect(report.changes.map(\.kind) == [.deleted] && report.changes.first?.side == .vdir, "\(report.changes)")
        #expect(device.file(of: "Ben Ortiz") == nil && device.file(of: "Ana Ruiz") != nil)
    }

    @Test func privateFieldsNeverLeaveAndAreKeptWhenTheCardChanges() throws {
        let device = try SyncDevice(privateFields: ["notes", "promises"])
        var ana = person("a1", "Ana Ruiz")
        ana.notes = [DatedText("owes me a book", recorded: Day("2026-03-03")!)]
        ana.promises = [Promise("send the slides", recorded: Day("2026-03-03")!)]
        try device.add(ana)
        try device.syncContacts()
        let file = try #require(device.file(of: "Ana Ruiz"))
        #expect(!device.card(file).contains("owes me a book") && !device.card(file).contains("send the slides"))
        try device.writeCard(
            device.card(file).replacingOccurrences(of: "FN:Ana Ruiz", with: "FN:Ana Ruiz\r\nTITLE:CTO"), to: file)
        try device.syncContacts()
        let after = try #require(device.contact("Ana Ruiz"))
        #expect(after.role == "CTO" && after.notes.map(\.text) == ["owes me a book"] && after.promises.count == 1)
    }

    @Test func tagsLimitWhoLeavesTheMachine() throws {
        let device = try SyncDevice(tags: ["Work"])
        try device.add(person("a1", "Ana Ruiz", tags: ["work"]))
        try device.add(person("b2", "Ben Ortiz", tags: ["family"]))
        try device.syncContacts()
        #expect(device.file(of: "Ana Ruiz") != nil && device.file(of: "Ben Ortiz") == nil)
    }

    @Test func aMissingOrEmptiedFolderIsRefusedAndNothingChanges() throws {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz"))
        try device.syncContacts()
        let store = try Data(contentsOf: device.store.location.storeFile)
        for name in device.cardFiles() {
            try FileManager.default.removeItem(at: device.vdir.appendingPathComponent(name))
        }
        #expect(throws: SyncError.emptyFolder(path: device.settings.contactsFolder, synced: 1)) {
            try device.syncContacts(acceptDeletions: true)
        }
        try FileManager.default.removeItem(at: device.vdir)
        #expect(throws: SyncError.missingFolder(path: device.settings.contactsFolder)) { try device.syncContacts() }
        #expect(try Data(contentsOf: device.store.location.storeFile) == store)
        #expect(device.contact("Ana Ruiz") != nil)
    }

    @Test func aMalformedCardIsSkippedWithItsFileAndReason() throws {
        let device = try SyncDevice()
        try device.add(person("a1", "Ana Ruiz"))
        try device.syncContacts()
        let file = try #require(device.file(of: "Ana Ruiz"))
        let good = device.card(file)
        try device.writeCard(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Broken\r\nthis line has no colon\r\nEND:VCARD\r\n", to: "broken.vcf")
        try device.writeCard(String(good.prefix(40)), to: file)
        try device.writeCard("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:dd\r\nFN:Dora Diaz\r\nEND:VCARD\r\n", to: "dora.vcf")
        let report = try device.syncContacts(acceptDeletions: true)
        #expect(Set(report.skipped.map(\.file)) == ["broken.vcf", file])
        if case .unreadable(let line, _)? = report.skipped.first(where: { $0.file == "broken.vcf" })?.problem {
            #expect(line == 4)
        } else {
            Issue.record("the reason names the line")
        }
        #expect(device.contact("Ana Ruiz") != nil, "an unreadable card is not a deletion")
        #expect(device.contact("Dora Diaz") != nil)
        #expect(device.card(file) == String(good.prefix(40)), "kith does not overwrite a card it cannot read")
    }
}
