import Foundation
import Testing

@testable import KithCore

/// Each running debrief holds a draft slot; a draft whose slot nobody holds is a stopped debrief.
struct DraftSlotsTests {
    let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_500)

    private func location() throws -> StoreLocation {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-drafts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return StoreLocation(folder: folder)
    }

    private func lockFile(_ location: StoreLocation, _ slot: Int) -> URL {
        location.draftFile(slot: slot).appendingPathExtension("lock")
    }

    @Test func aSecondDebriefTakesTheNextSlotWhileTheFirstRuns() throws {
        let location = try location()
        let slots = DraftSlots(location: location)
        let first = try #require(try slots.claimForNew())
        try first.drafts.save(DebriefDraft(started: today, name: "Ana"))
        let second = try #require(try slots.claimForNew())
        #expect(second.existing == nil)
        #expect(second.drafts.file == location.draftFile(slot: 1))
        // While both run, neither is a stopped debrief.
        #expect(try slots.claimStopped() == nil)
        #expect(!slots.hasStoppedDraft())
        first.release()
        second.release()
        // Ana's debrief stopped: its draft is what the next debrief finds.
        #expect(slots.hasStoppedDraft())
        let next = try #require(try slots.claimForNew())
        #expect(next.existing?.name == "Ana")
        next.release()
    }

    @Test func aStoppedDraftInALaterSlotIsFoundEvenWhenTheFirstSlotIsFree() throws {
        let location = try location()
        let slots = DraftSlots(location: location)
        try DraftStore(file: location.draftFile(slot: 3)).save(DebriefDraft(started: today, name: "Bea"))
        let claim = try #require(try slots.claimForNew())
        #expect(claim.existing?.name == "Bea")
        #expect(claim.drafts.file == location.draftFile(slot: 3))
        claim.release()
        let resumed = try #require(try slots.claimStopped())
        #expect(resumed.existing?.name == "Bea")
        resumed.release()
    }

    @Test func resumingWithNoDraftCreatesNoLockFiles() throws {
        let location = try location()
        #expect(try DraftSlots(location: location).claimStopped() == nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: location.folder.path)
        #expect(files.isEmpty, "\(files)")
    }
}
