import Testing

@testable import KithCore

@Suite struct NameLookupTests {
    private let network: Network = {
        var network = Network()
        for (id, name) in [
            ("1", "José García"), ("2", "Luis Garrido"), ("3", "Ana María López"),
            ("4", "Zoë O'Brien"), ("5", "Ana Ruiz"), ("6", "Ana Ruiz"),
        ] {
            network.contacts.append(Contact(id: id, name: name, added: day("2026-01-01")))
        }
        return network
    }()

    @Test(arguments: ["José García", "jose garcia", "JOSÉ GARCÍA", "Jose Garcia", "  josé   garcía ", "JoSé GaRcÍa"])
    func caseAndAccentsDoNotMatter(query: String) {
        #expect(NameLookup().exact(query, in: network).map(\.id) == ["1"])
        #expect(NameLookup().find(query, in: network) == .one(network.contacts[0]))
    }

    @Test func partialNamesFindByWordPrefixes() {
        let lookup = NameLookup()
        #expect(lookup.find("jose", in: network) == .one(network.contacts[0]))
        #expect(lookup.find("garc", in: network) == .one(network.contacts[0]))
        #expect(lookup.find("ana lopez", in: network) == .one(network.contacts[2]))
        #expect(lookup.find("maria", in: network) == .one(network.contacts[2]))
        #expect(lookup.find("zoe o'brien", in: network) == .one(network.contacts[3]))
        #expect(lookup.find("obrien", in: network) == .none)
        #expect(lookup.exact("jose", in: network).isEmpty)
    }

    @Test func severalMatchesAreAllReturned() {
        let lookup = NameLookup()
        #expect(lookup.find("gar", in: network) == .several([network.contacts[0], network.contacts[1]]))
        #expect(
            lookup.find("ana", in: network)
                == .several([network.contacts[2], network.contacts[4], network.contacts[5]]))
        // Two people with the same full name: an exact match of both, not a partial one.
        #expect(lookup.find("ana ruiz", in: network) == .several([network.contacts[4], network.contacts[5]]))
    }

    @Test(arguments: ["", "   ", "nobody", "garcía josé x"])
    func noMatch(query: String) {
        #expect(NameLookup().find(query, in: network) == .none)
    }
}
