import Foundation

/// Reads one knowledge or synonyms file, keeping every good entry and reporting the bad ones.
///
/// Broken JSON, a missing or newer `schemaVersion`, or a list that is not a list skip the whole
/// file; a bad entry skips only that entry. Nothing here throws or crashes on bad input.
enum KnowledgeFileReader {
    struct Result<Entry> {
        var entries: [Entry] = []
        var problems: [KnowledgeFileProblem] = []
    }

    /// The schema version of the file being decoded, for entries whose shape depends on it.
    static let schemaVersionInfo = CodingUserInfoKey(rawValue: "kith.schemaVersion")!

    /// Reads the list named `listKey` from the file at `url`. A missing file is a problem only
    /// when `required` (the shipped defaults).
    static func read<Entry: Decodable>(
        _ type: Entry.Type, at url: URL, listKey: String,
        required: Bool, document: VersionedDocument
    ) -> Result<Entry> {
        read(type, at: url, listKey: { _ in listKey }, required: required, document: document)
    }

    /// Reads the list the file's schema version names (`listKey(version)`), up to the document's newest;
    /// entries see the version in their decoder's `userInfo[schemaVersionInfo]`.
    static func read<Entry: Decodable>(
        _ type: Entry.Type, at url: URL, listKey: (Int) -> String,
        required: Bool, document: VersionedDocument
    ) -> Result<Entry> {
        var result = Result<Entry>()
        let path = url.path
        let consequence =
            required
            ? "The shipped file was skipped; fix or reinstall it."
            : "The file was skipped; the built-in knowledge is still used."
        func skip(_ detail: String, line: Int? = nil, column: Int? = nil) -> Result<Entry> {
            result.problems.append(
                KnowledgeFileProblem(
                    file: path, line: line, column: column,
                    detail: detail, consequence: consequence))
            return result
        }
        func skip(_ problem: FileProblem) -> Result<Entry> {
            result.problems.append(KnowledgeFileProblem(problem, consequence: consequence))
            return result
        }
        guard FileManager.default.fileExists(atPath: path) else {
            return required ? skip("the file is missing") : result
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return skip("the file cannot be read (\(describe(error)))")
        }
        if let syntax = JSONSyntaxLocator.firstProblem(in: data) {
            return skip(syntax.reason, line: syntax.line, column: syntax.column)
        }
        let decoder = JSONDecoder()
        let version: Int
        do {
            let probe = try decoder.decode(VersionProbe.self, from: data)
            do {
                try document.check(probe.schemaVersion, in: path)
            } catch {
                return skip(error)
            }
            guard probe.schemaVersion >= 1 else {
                let newest = document.newestVersion
                let expected = newest == 1 ? "1" : "1 to \(newest)"
                return skip("schemaVersion: \(probe.schemaVersion) is not a valid version (expected \(expected))")
            }
            version = probe.schemaVersion
        } catch {
            return skip(DecodingErrorText.describe(error))
        }
        let document: ListDocument<Entry>
        do {
            decoder.userInfo[ListDocument<Entry>.listKeyInfo] = listKey(version)
            decoder.userInfo[schemaVersionInfo] = version
            document = try decoder.decode(ListDocument<Entry>.self, from: data)
        } catch {
            return skip(DecodingErrorText.describe(error))
        }
        for (index, slot) in document.slots.enumerated() {
            switch slot.outcome {
            case .success(let entry):
                result.entries.append(entry)
            case .failure(let error):
                result.problems.append(
                    KnowledgeFileProblem(
                        file: path, entryIndex: index, entryID: slot.id,
                        detail: DecodingErrorText.describe(error),
                        consequence: "This entry was skipped; the rest of the file is used."))
            }
        }
        return result
    }

    private struct VersionProbe: Decodable {
        let schemaVersion: Int
    }

    private struct NamedKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    /// The file's list, each element decoded on its own so one bad entry does not spoil the rest.
    private struct ListDocument<Element: Decodable>: Decodable {
        static var listKeyInfo: CodingUserInfoKey { CodingUserInfoKey(rawValue: "kith.listKey")! }
        let slots: [Slot<Element>]

        init(from decoder: Decoder) throws {
            let name = decoder.userInfo[Self.listKeyInfo] as? String ?? "entries"
            let c = try decoder.container(keyedBy: NamedKey.self)
            slots = try c.decode([Slot<Element>].self, forKey: NamedKey(name))
        }
    }

    private struct Slot<Element: Decodable>: Decodable {
        let outcome: Swift.Result<Element, Error>
        let id: String?

        init(from decoder: Decoder) throws {
            do {
                outcome = .success(try Element(from: decoder))
            } catch {
                outcome = .failure(error)
            }
            let keyed = try? decoder.container(keyedBy: NamedKey.self)
            id = (try? keyed?.decodeIfPresent(String.self, forKey: NamedKey("id"))) ?? nil
        }
    }
}
