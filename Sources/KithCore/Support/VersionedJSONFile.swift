import Foundation

/// Reads one of the small versioned JSON files kith keeps beside the store (the undo journal,
/// the archive of forgotten people): nothing when the file is missing, the document otherwise.
///
/// A file that is not valid JSON fails with the position of the first problem; one written by a
/// newer kith (a higher `schemaVersion`) fails with that version, so nothing guesses at it.
enum VersionedJSONFile {
    /// Why the file could not be read, in words for the user.
    struct Failure: Error {
        let reason: String
    }

    static func read<Document: Decodable>(
        _ type: Document.Type, from file: URL, newestVersion: Int, version: (Document) -> Int
    ) throws(Failure) -> Document? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw Failure(reason: JSONSyntaxLocator.firstProblem(in: data).map { "invalid JSON at \($0)" }
                ?? DecodingErrorText.describe(error))
        }
        let written = version(document)
        guard written <= newestVersion else {
            throw Failure(reason: "it was written by a newer kith (schema version \(written))")
        }
        return document
    }
}
