import KithCore
import Testing

/// Anyone can be named by id: `@ID` always, a bare id when no name matches it exactly.
@Suite struct NameLookupIDTests {
    let day = Day(year: 2026, month: 11, day: 1)!

    func network() -> Network {
        Network(contacts: [
            Contact(id: "0000000a", name: "Lars Díaz", added: day),
            Contact(id: "0000000b", name: "Lars Díaz", added: day),
            Contact(id: "0000000c", name: "Ana García", added: day),
            // A person whose name is another person's id: the name wins over the bare id.
            Contact(id: "0000000d", name: "0000000c", added: day),
        ])
    }

    @Test func atIDFindsThatPersonAmongNamesakes() {
        #expect(NameLookup().find("@0000000b", in: network()) == .one(network().contacts[1]))
        #expect(NameLookup().find(" @0000000A ", in: network()) == .one(network().contacts[0]))
    }

    @Test func aBareIDFindsThePersonWhenNoNameIsExactlyThat() {
        #expect(NameLookup().find("0000000a", in: network()) == .one(network().contacts[0]))
    }

    @Test func aRealNameWinsOverABareID() {
        #expect(NameLookup().find("0000000c", in: network()) == .one(network().contacts[3]))
        #expect(NameLookup().find("@0000000c", in: network()) == .one(network().contacts[2]))
    }

    @Test func unknownOrEmptyIDsFindNobody() {
        #expect(NameLookup().find("@ffffffff", in: network()) == NameLookup.Result.none)
        #expect(NameLookup().find("@", in: network()) == NameLookup.Result.none)
        #expect(NameLookup().find("@lars", in: network()) == NameLookup.Result.none)
        #expect(NameLookup().find("lars", in: network()) == .several(Array(network().contacts[0...1])))
    }
}
