import Foundation

/// One file of a vdir: its name inside the folder and its bytes.
package struct VdirFile: Hashable, Sendable {
    package var name: String
    package var data: Data

    package init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// A vdir on disk (a folder of one `.vcf` or `.ics` file per item, as vdirsyncer, khard and
/// todoman keep them): read whole, written one file at a time, atomically.
package struct VdirFolder: Sendable {
    package let path: String
    /// The file extension of its items, without the dot: `vcf` or `ics`.
    package let fileExtension: String

    package init(path: String, fileExtension: String) {
        self.path = path
        self.fileExtension = fileExtension
    }

    var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// True when the folder exists and is a folder.
    package var exists: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Every item file, sorted by name; hidden files and leftovers of interrupted writes are
    /// left out.
    package func files() throws(SyncError) -> [VdirFile] {
        guard exists else { throw .missingFolder(path: path) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .unreadable(path: path, reason: describeFileError(error))
        }
        var files: [VdirFile] = []
        for name in names.sorted() where isItem(name) {
            let file = url.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                // Removed by another program since the listing: not there.
                if !FileManager.default.fileExists(atPath: file.path) { continue }
                throw .unreadable(path: file.path, reason: "the file cannot be read")
            }
            files.append(VdirFile(name: name, data: data))
        }
        return files
    }

    func isItem(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.lowercased().hasSuffix("." + fileExtension)
            && !name.contains(AtomicFileWriter.temporaryMarker)
    }

    /// Writes one item atomically (a new file renamed into place).
    package func write(_ data: Data, name: String) throws(SyncError) {
        let file = url.appendingPathComponent(name)
        do {
            try AtomicFileWriter().write(data, to: file, mode: 0o600)
        } catch let error as WriteError {
            throw .writeFailed(path: file.path, reason: error.reason)
        } catch {
            throw .writeFailed(path: file.path, reason: "\(error)")
        }
    }

    /// Removes one item; one already gone is not an error.
    package func remove(name: String) throws(SyncError) {
        let file = url.appendingPathComponent(name)
        guard unlink(file.path) == 0 || errno == ENOENT else {
            throw .writeFailed(path: file.path, reason: String(cString: strerror(errno)))
        }
    }

    /// A file name for a new item from its UID: letters, digits, `-`, `_`, `.` and `@` kept,
    /// anything else as `_`, at most 120 characters, not one of `taken`.
    package static func fileName(forUID uid: String, fileExtension: String, taken: Set<String>) -> String {
        var safe = String(
            uid.unicodeScalars.map { scalar -> Character in
                let allowed =
                    scalar.isASCII
                    && (CharacterSet.alphanumerics.contains(scalar) || "-_.@".unicodeScalars.contains(scalar))
                return allowed ? Character(scalar) : "_"
            }.prefix(120))
        while safe.hasPrefix(".") { safe = "_" + safe.dropFirst() }
        if safe.isEmpty { safe = "card" }
        var name = safe + "." + fileExtension
        var n = 2
        while taken.contains(name) {
            name = safe + "-\(n)." + fileExtension
            n += 1
        }
        return name
    }
}
