import Foundation
import KithCore
import Testing

/// Every command that takes a NAME takes `@ID` too (or the bare id), on the command line and in
/// the shell; namesakes are listed with their ids.
@Suite struct IDAddressingTests {
    let day = Day(year: 2026, month: 11, day: 1)!

    /// Two people called "Lars Díaz" (one with an open need) and Ana García.
    func seeded() throws -> KithHome {
        let home = try KithHome()
        var first = Contact(id: "0000000a", name: "Lars Díaz", added: day)
        first.company = "Acme"
        var second = Contact(id: "0000000b", name: "Lars Díaz", added: day)
        second.company = "Globex"
        second.needs = [Need("a tax adviser", recorded: day)]
        let network = Network(contacts: [first, second, Contact(id: "0000000c", name: "Ana García", added: day)])
        try home.write(StoreCodec.encode(network), to: "home/store.json")
        return home
    }

    @Test func contactsShowsEachID() throws {
        let home = try seeded()
        let result = try home.run(["contacts"])
        #expect(result.stdout.contains("@0000000a  Lars Díaz (Acme)"))
        #expect(result.stdout.contains("@0000000b  Lars Díaz (Globex)"))
    }

    @Test func severalMatchesListTheCandidatesWithTheirIDs() throws {
        let home = try seeded()
        let result = try home.run(["contact", "lars"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("@0000000a  Lars Díaz (Acme)"))
        #expect(result.stderr.contains("@0000000b  Lars Díaz (Globex)"))
    }

    @Test func everyNameArgumentTakesAnID() throws {
        let home = try seeded()
        #expect(try home.run(["contact", "@0000000b"]).stdout.contains("Globex"))
        #expect(try home.run(["contact", "0000000a"]).stdout.contains("Acme"))
        #expect(try home.run(["export", "@0000000b"]).stdout.contains("Globex"))
        #expect(try home.run(["log", "@0000000b", "call", "talked taxes"]).status == 0)
        #expect(try home.run(["solved", "@0000000b", "tax"]).status == 0)
        #expect(try home.run(["tier", "@0000000a", "close"]).status == 0)
        let network = try home.loadNetwork()
        let acme = try #require(network.contact(id: "0000000a"))
        let globex = try #require(network.contact(id: "0000000b"))
        #expect(acme.tier == "close" && acme.interactions.isEmpty)
        #expect(globex.interactions.map(\.note) == ["talked taxes"])
        #expect(globex.needs.first?.solved != nil)
    }

    @Test func theShellTakesIDsToo() throws {
        let home = try seeded()
        let result = try home.run([], input: "contact @0000000a\ncontact @ffffffff\n")
        #expect(result.stdout.contains("Acme"))
        #expect(result.stderr.contains("@ffffffff"))
        #expect(result.status != 0)
    }
}
