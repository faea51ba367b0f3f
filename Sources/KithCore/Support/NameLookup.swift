import Foundation

/// Finds contacts by name, ignoring case and accents, or by id (`@3f9a01c2`, or the bare id
/// when no name matches it exactly).
package struct NameLookup: Sendable {
    /// What a name look-up found.
    package enum Result: Equatable, Sendable {
        case none
        case one(Contact)
        case several([Contact])
    }

    package init() {}

    /// Contacts whose folded full name equals the folded `name`.
    package func exact(_ name: String, in network: Network) -> [Contact] {
        let key = TextFolding.fold(name)
        guard !key.isEmpty else { return [] }
        return network.contacts.filter { TextFolding.fold($0.name) == key }
    }

    /// The id `query` names: the text after `@`, or (`bare`) the whole query.
    package static func id(in query: String, bare: Bool) -> ContactID? {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("@") { return String(trimmed.dropFirst()) }
        return bare && !trimmed.contains(" ") && !trimmed.isEmpty ? trimmed : nil
    }

    /// `@ID` finds that contact only. Otherwise exact name matches when there are any (a real
    /// name wins over a bare id), else the contact whose id is `query`, else contacts whose name
    /// words start with every word of `query` ("ana" finds "Ana García"; "gar" finds "Ana
    /// García" and "Luis Garrido").
    package func find(_ query: String, in network: Network) -> Result {
        if query.trimmingCharacters(in: .whitespaces).hasPrefix("@") {
            guard let id = NameLookup.id(in: query, bare: false), let contact = network.contact(id: id.lowercased())
            else { return .none }
            return .one(contact)
        }
        let exactMatches = exact(query, in: network)
        if exactMatches.count == 1 { return .one(exactMatches[0]) }
        if exactMatches.count > 1 { return .several(exactMatches) }
        if let id = NameLookup.id(in: query, bare: true), let contact = network.contact(id: id.lowercased()) {
            return .one(contact)
        }
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
