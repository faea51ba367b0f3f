import Foundation

/// Keeps the unfinished debrief on disk (0600), written atomically after every answer.
package struct DraftStore: Sendable {
    package let file: URL
    package let writer: AtomicFileWriter

    package init(file: URL, writer: AtomicFileWriter = AtomicFileWriter()) {
        self.file = file
        self.writer = writer
    }

    /// A draft file that cannot be read back.
    package struct DraftError: Error, CustomStringConvertible {
        package let path: String
        package let reason: String
        package var description: String {
            "the debrief draft \(path) cannot be read (\(reason)); it was left as it is. "
                + "'kith debrief --discard' sets it aside (kept as a .unreadable file)"
        }
    }

    package var exists: Bool { FileManager.default.fileExists(atPath: file.path) }

    package func load() throws -> DebriefDraft? {
        guard exists else { return nil }
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw DraftError(path: file.path, reason: describe(error))
        }
        if let version = VersionedDocument.writtenVersion(in: data) {
            try VersionedDocument.draft.check(version, in: file.path)
        }
        do {
            return try JSONDecoder().decode(DebriefDraft.self, from: data)
        } catch {
            let problem = JSONSyntaxLocator.firstProblem(in: data).map { "invalid JSON at \($0)" }
            throw DraftError(path: file.path, reason: problem ?? DecodingErrorText.describe(error))
        }
    }

    package func save(_ draft: DebriefDraft) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        try writer.write(try encoder.encode(draft), to: file, mode: 0o600)
    }

    package func delete() {
        unlink(file.path)
    }

    /// Moves an unreadable draft aside (`….unreadable-SECONDS`) so nothing typed is destroyed;
    /// returns the new path.
    package func setAside() throws -> String {
        let aside = file.path + ".unreadable-\(Int(Date().timeIntervalSince1970))"
        guard rename(file.path, aside) == 0 else {
            throw DraftError(path: file.path, reason: String(cString: strerror(errno)))
        }
        return aside
    }
}
