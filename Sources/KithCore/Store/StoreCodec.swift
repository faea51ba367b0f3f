import Foundation

/// Encodes and decodes the store document, turning failures into `StoreError`s that name the
/// file and, for bad JSON, the line and column where it broke.
public enum StoreCodec {
    /// Pretty-printed, sorted keys: the store diffs well under version control.
    ///
    /// The contacts, nearly all of the document, are written by `ContactJSONWriter` (the same
    /// bytes, faster); the rest by `JSONEncoder`.
    public static func encode(_ network: Network) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var outline = network
        outline.contacts = []
        var data = try encoder.encode(outline)
        let placeholder = Data("\n  \"contacts\" : [\n\n  ]".utf8)
        if !network.contacts.isEmpty, let range = data.range(of: placeholder) {
            let contacts = try ContactJSONWriter.contactsArray(network.contacts, encoder: encoder)
            data.replaceSubrange(range, with: Data("\n  \"contacts\" : ".utf8) + contacts)
        } else if !network.contacts.isEmpty {
            data = try encoder.encode(network)
        }
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Decodes a store read from `path`; `backup` is named in the error as the way back.
    public static func decode(_ data: Data, path: String, backup: String) throws -> Network {
        if let network = FastStoreReader.network(from: data) { return network }
        do {
            return try JSONDecoder().decode(Network.self, from: data)
        } catch let error as SchemaVersionError {
            throw StoreError.newerVersion(VersionedDocument.store.refusal(of: error.found, in: path))
        } catch {
            if let problem = JSONSyntaxLocator.firstProblem(in: data) {
                throw StoreError.corrupt(path: path, detail: "invalid JSON at \(problem)", backup: backup)
            }
            throw StoreError.corrupt(
                path: path, detail: "not a kith store: \(DecodingErrorText.describe(error))", backup: backup)
        }
    }
}
