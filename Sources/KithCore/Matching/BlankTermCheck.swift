/// The check every knowledge and synonyms file applies to its ids and term lists: none may be
/// blank (empty once tidied), and a blank one is refused naming where it is.
enum BlankTermCheck {
    /// Throws naming the first blank term of `list`, the value of `key` in `container`.
    static func terms<Key: CodingKey>(
        _ list: [String], at key: Key, in container: KeyedDecodingContainer<Key>
    ) throws {
        if let blank = list.firstIndex(where: { TextFolding.tidy($0).isEmpty }) {
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath + [key, IndexKey(blank)], debugDescription: "the term is blank"))
        }
    }

    /// Throws when `id`, the value of `key` in `container`, is blank.
    static func id<Key: CodingKey>(_ id: String, at key: Key, in container: KeyedDecodingContainer<Key>) throws {
        if TextFolding.tidy(id).isEmpty {
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath + [key], debugDescription: "the id is blank"))
        }
    }
}
