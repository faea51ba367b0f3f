import Foundation

@testable import KithCore

/// A fresh temporary data folder for one test, removed when the value is released.
final class StoreTestFolder {
    let url: URL
    var location: StoreLocation { StoreLocation(folder: url) }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kith-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The names of the files in the folder, sorted.
    func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    /// Names of temporary files a writer left behind.
    func temporaryFiles() -> [String] {
        entries().filter { $0.contains(AtomicFileWriter.temporaryMarker) }
    }

    func write(_ text: String, to name: String = "store.json") throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    func bytes(of name: String = "store.json") -> Data? {
        FileManager.default.contents(atPath: url.appendingPathComponent(name).path)
    }
}

/// A day for fixtures: `day("2026-03-01")`; an invalid literal is a test bug.
func day(_ text: String) -> Day {
    guard let value = Day(text) else { preconditionFailure("bad fixture date \(text)") }
    return value
}
