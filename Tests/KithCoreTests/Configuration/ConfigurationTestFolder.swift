import Foundation

@testable import KithCore

/// A temporary folder holding one configuration file, removed when the value is released.
final class ConfigurationTestFolder {
    let url: URL
    /// `config.toml` inside the folder (not created until `write`).
    var file: URL { url.appendingPathComponent("kith/config.toml") }
    /// The configuration file, with `~` standing for `/home/ana`.
    var configuration: ConfigurationFile { ConfigurationFile(url: file, home: "/home/ana") }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kith-config-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("kith"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ text: String) throws {
        try Data(text.utf8).write(to: file)
    }

    func text() throws -> String {
        try String(contentsOf: file, encoding: .utf8)
    }

    /// The problem `load()` throws, or nil when it loads.
    func problem() -> ConfigurationError? {
        do {
            _ = try configuration.load()
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            return nil
        }
    }
}
