import Foundation
import KithCore

/// A file only the user can read (mode 0600) in the data folder, holding text being edited.
struct PrivateEditFile {
    let url: URL
    var path: String { url.path }

    /// Creates a new, uniquely named file `edit-<label>-<random>.json`; never reuses an old one.
    static func create(in location: StoreLocation, label: String) throws -> PrivateEditFile {
        try location.createFolder()
        let safe = String(
            label.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || "-_".unicodeScalars.contains($0) }
                .map(Character.init).prefix(40))
        for _ in 0..<20 {
            let suffix = String(UUID().uuidString.lowercased().prefix(8))
            let url = location.folder.appendingPathComponent("edit-\(safe.isEmpty ? "contact" : safe)-\(suffix).json")
            let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if fd >= 0 {
                close(fd)
                return PrivateEditFile(url: url)
            }
            guard errno == EEXIST else { break }
        }
        throw CommandError(
            "cannot create a file to edit in \(location.folder.path): \(String(cString: strerror(errno)))")
    }

    func write(_ text: String) throws {
        do {
            try AtomicFileWriter().write(Data(text.utf8), to: url, mode: 0o600)
        } catch {
            throw CommandError("cannot write \(path): \(error)")
        }
    }

    /// The file's bytes, or nil when it is gone or unreadable.
    func read() -> Data? {
        FileManager.default.contents(atPath: path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
