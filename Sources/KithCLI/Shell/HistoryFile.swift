import Foundation
import KithCore

/// The shell's history: one command per line in the data folder, written atomically, 0600.
struct HistoryFile {
    let url: URL
    static let limit = 1000

    func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func save(_ entries: [String]) {
        let text =
            entries.suffix(HistoryFile.limit).map { $0.replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: "\n") + "\n"
        // A symlinked history is written through, so the link keeps receiving the history.
        try? AtomicFileWriter().write(Data(text.utf8), to: StoreLocation.resolvingLinks(url), mode: 0o600)
    }
}
