import Foundation
import KithCore
import Testing

/// forget, merge and undo end to end: round trips, undo after each kind of change, other
/// processes' saves kept, and hidden actions listed and brought back.
@Suite struct ForgetMergeUndoTests {
    /// Marta Ruiz (offers websites, knows Pedro), Pedro Gil (needs web design) and Marta R.
    func seeded() throws -> KithHome {
        let home = try KithHome()
        try home.importDebriefs(
            """
            [{"name": "Pedro Gil", "needs": ["web design"]},
             {"name": "Marta Ruiz", "offers": ["websites"], "knows": ["Pedro Gil"]},
             {"name": "Marta R", "needs": ["a lawyer"], "company": "Acme"}]
            """)
        return home
    }

    func id(_ name: String, _ home: KithHome) throws -> String {
        try #require(try home.loadNetwork().contacts.first { $0.name == name }).id
    }

    @Test func forgetAsksOrNeedsYesAndRestoreBringsEverythingBack() throws {
        let home = try seeded()
        let original = try home.loadNetwork()
        let pedro = try id("Pedro Gil", home)
        let refused = try home.run(["forget", "pedro"])
        #expect(refused.status != 0 && refused.stderr.contains("--yes"))
        #expect(try home.loadNetwork() == original)

        let forgot = try home.run(["forget", "--yes", "pedro"])
        #expect(forgot.status == 0, "\(forgot.stderr)")
        var network = try home.loadNetwork()
        #expect(network.contact(id: pedro) == nil)
        #expect(network.contacts.allSatisfy { $0.knows.allSatisfy { $0.contactID != pedro } })
        let archive = home.dataFolder.appendingPathComponent("forgotten.json")
        #expect(home.mode(archive) == 0o600)
        #expect(try home.run(["forget", "--list"]).stdout.contains("@\(pedro)  Pedro Gil — forgotten 2026-11-23"))
        #expect(try home.run(["contact", "pedro"]).status != 0)

        let missing = try home.run(["forget", "--restore", "nobody"])
        #expect(missing.status != 0 && missing.stderr.contains("nobody called 'nobody' in the archive"))
        let restored = try home.run(["forget", "--restore", "pedro"])
        #expect(restored.status == 0, "\(restored.stderr)")
        network = try home.loadNetwork()
        #expect(Set(network.contacts) == Set(original.contacts))
        #expect(try home.run(["forget", "--list"]).stdout.contains("Nobody is in the archive"))
    }

    @Test func mergeJoinsTwoRecordsAndUndoSeparatesThem() throws {
        let home = try seeded()
        let original = try home.loadNetwork()
        let (ruiz, r) = (try id("Marta Ruiz", home), try id("Marta R", home))
        let merged = try home.run(["merge", "Marta Ruiz", "@\(r)"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let network = try home.loadNetwork()
        #expect(network.contact(id: r) == nil)
        let marta = try #require(network.contact(id: ruiz))
        #expect(
            marta.company == "Acme" && marta.needs.map(\.text) == ["a lawyer"]
                && marta.offers.map(\.text) == ["websites"])
        #expect(try home.run(["merge", "@\(ruiz)", "Marta Ruiz"]).stderr.contains("are the same person"))

        let undone = try home.run(["undo"])
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(undone.stdout.contains("Undid 'kith merge Marta Ruiz @\(r)'"))
        #expect(try home.loadNetwork() == original)
    }

    @Test func undoRevertsEachKindOfChangeInTurn() throws {
        let home = try seeded()
        var snapshots = [try home.loadNetwork()]
        func step(_ arguments: [String], input: String = "") throws {
            let result = try home.run(arguments, input: input)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            snapshots.append(try home.loadNetwork())
        }
        try step(["debrief", "Luis Pardo"], input: "coffee\ncameras\n\n\n\n\n\n")
        try step(["log", "pedro", "call", "talked"])
        try step(["tier", "pedro", "close"])
        let follow = try #require(try home.actionID(containing: "Send Luis Pardo"))
        try step(["done", follow])
        let intro = try #require(try home.actionID(containing: "Introduce"))
        try step(["snooze", intro])
        let ask = try #require(
            try home.todayLines().first { $0.contains("[") }.map { String($0.dropFirst().prefix(6)) })
        try step(["dismiss", ask])
        try step(["forget", "--yes", "Marta R"])
        try step(["forget", "--restore", "Marta R"])
        try step(["merge", "Marta Ruiz", "Marta R"])
        try step(["me", "need", "add", "a designer"])
        #expect(try home.run(["undo", "--list"]).stdout.split(separator: "\n").count == snapshots.count - 1 + 1)
        while snapshots.count > 1 {
            snapshots.removeLast()
            let result = try home.run(["undo"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try home.loadNetwork() == snapshots.last, "after \(result.stdout)")
        }
        #expect(try home.run(["forget", "--list"]).stdout.contains("Nobody is in the archive"))
        // The import that seeded the network is a change too.
        #expect(try home.run(["undo"]).stdout.contains("Undid 'kith import"))
        #expect(try home.loadNetwork().contacts.isEmpty)
        let nothing = try home.run(["undo"])
        #expect(nothing.status != 0 && nothing.stderr.contains("Nothing to undo"))
    }

    @Test func undoGoesTwentyChangesBackAndKeepsOtherSaves() throws {
        let home = try seeded()
        for number in 1...22 { #expect(try home.run(["log", "pedro", "call", "call \(number)"]).status == 0) }
        // A change kith did not make (another tool, an older kith) is not in the journal.
        var network = try home.loadNetwork()
        let ruiz = try #require(network.contacts.firstIndex { $0.name == "Marta Ruiz" })
        network.contacts[ruiz].role = "web designer"
        try StoreCodec.encode(network).write(to: home.location.storeFile)
        for _ in 1...21 { #expect(try home.run(["undo"]).status == 0) }
        network = try home.loadNetwork()
        let pedro = try #require(network.contacts.first { $0.name == "Pedro Gil" })
        #expect(pedro.interactions.compactMap(\.note) == ["call 1"])
        #expect(network.contacts[ruiz].role == "web designer")
    }

    @Test func hiddenActionsAreListedAndBroughtBack() throws {
        let home = try seeded()
        let intro = try #require(try home.actionID(containing: "Introduce"))
        #expect(try home.run(["snooze", intro]).status == 0)
        let snoozed = try home.run(["today", "--snoozed"])
        #expect(snoozed.stdout.contains("[\(intro)] Introduce"))
        #expect(snoozed.stdout.contains("undo ID"))
        #expect(try home.run(["today", "--dismissed"]).stdout.contains("Nothing is dismissed."))
        #expect(try home.run(["today", "--snoozed", "--dismissed"]).status != 0)
        #expect(!(try home.todayLines().contains { $0.contains(intro) }))
        let back = try home.run(["undo", intro])
        #expect(back.status == 0 && back.stdout.contains("[\(intro)] is open again"))
        #expect(try home.todayLines().contains { $0.contains(intro) })
        #expect(try home.run(["undo", "zzzzzz"]).stderr.contains("'zzzzzz'"))
    }

    @Test func doneTwiceSaysSoAndWhyShowsItDone() throws {
        let home = try seeded()
        let follow = try #require(try home.actionID(containing: "Send Pedro Gil"))
        #expect(try home.run(["done", follow]).status == 0)
        let again = try home.run(["done", follow])
        #expect(again.status != 0)
        #expect(again.stderr.contains("[\(follow)] was already marked done on 2026-11-23"))
        let why = try home.run(["why", follow])
        #expect(why.status == 0)
        #expect(why.stdout.contains("done"))
        let spanish = try home.run(["done", follow, "--lang", "es"])
        #expect(spanish.stderr.contains("ya se marcó como hecha"))
    }
}
