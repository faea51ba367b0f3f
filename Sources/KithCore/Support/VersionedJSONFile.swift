import Foundation

/// Reads one of the small versioned JSON files kith keeps beside the store (the undo journal,
/// the archive of forgotten people): nothing when the file is missing, the document otherwise.
///
/// A file that is not valid JSON fails with the position of the first problem; one written by a
/// newer kith (a higher `schemaVersion`) fails with that version, so nothing guesses at it.
enum VersionedJSONFile {
    static func read<Document: Decodable>(
        _ type: Document.Type, from file: URL, as document: VersionedDocument
    ) throws(FileProblem) -> Document? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        try document.check(data, in: file.path)
        do {
            return try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw FileProblem(file: file.path, message: .detail(DecodingErrorText.describe(error)))
        }
    }
}
