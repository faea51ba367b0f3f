/// Finds contacts by name, ignoring case and accents.
public struct NameLookup: Sendable {
    /// What a name look-up found.
    public enum Result: Equatable, Sendable {
        case none
        case one(Contact)
        case several([Contact])
    }

    public init() {}

    /// Contacts whose folded full name equals the folded `name`.
    public func exact(_ name: String, in network: Network) -> [Contact] {
        let key = TextFolding.fold(name)
        guard !key.isEmpty else { return [] }
        return network.contacts.filter { TextFolding.fold($0.name) == key }
    }

    /// Exact matches when there are any, else contacts whose name words start with every word
    /// of `query` ("ana" finds "Ana García"; "gar" finds "Ana García" and "Luis Garrido").
    public func find(_ query: String, in network: Network) -> Result {
        let exactMatches = exact(query, in: network)
        if exactMatches.count == 1 { return .one(exactMatches[0]) }
        if exactMatches.count > 1 { return .several(exactMatches) }
        let words = TextFolding.fold(query).split(separator: " ")
        guard !words.isEmpty else { return .none }
        let partial = network.contacts.filter { contact in
            let nameWords = TextFolding.fold(contact.name).split(separator: " ")
            return words.allSatisfy { word in nameWords.contains { $0.hasPrefix(word) } }
        }
        switch partial.count {
        case 0: return .none
        case 1: return .one(partial[0])
        default: return .several(partial)
        }
    }
}
