import Foundation
import TOMLKit

/// kith's configuration file, `config.toml`: read and checked, and changed a key at a time
/// with everything else in it (comments, order, other keys) kept.
///
/// A missing file is an empty configuration. A file that cannot be read or is not valid is an
/// error, and is never written over: every change re-reads the file first.
package struct ConfigurationFile: Sendable {
    /// Where the file is (it may not exist).
    package let url: URL
    /// The folder `~` stands for in folder paths.
    package let home: String
    package var writer = AtomicFileWriter()

    package init(url: URL, home: String) {
        self.url = url
        self.home = home
    }

    /// The file the environment names (see `ConfigurationPaths.file`).
    package init(environment: [String: String]) {
        self.init(url: ConfigurationPaths.file(environment: environment), home: ConfigurationPaths.home(environment))
    }

    /// The configuration the file holds; throws `ConfigurationError`.
    package func load() throws -> KithConfiguration {
        guard let text = try readText() else { return KithConfiguration(file: url) }
        return try ConfigurationReader(file: url, home: home).read(text)
    }

    /// Applies `edits` to the file (creating it, and its folder, when missing) and returns the
    /// configuration it then holds. The new text is checked before it replaces the old one,
    /// atomically and with mode 0600; throws `ConfigurationError`, the file unchanged.
    @discardableResult
    package func apply(_ edits: [ConfigurationEdit]) throws -> KithConfiguration {
        let existing = try readText()
        if existing != nil { _ = try load() }
        var editor = TOMLLineEditor(existing ?? "version = \(KithConfiguration.currentVersion)\n")
        for edit in edits { editor.apply(edit) }
        let text = editor.text.hasSuffix("\n") ? editor.text : editor.text + "\n"
        let configuration: KithConfiguration
        do {
            configuration = try ConfigurationReader(file: url, home: home).read(text)
            guard try Self.holds(edits, text) else { throw ConfigurationError(path: url.path, problem: .cannotEdit) }
        } catch let error as ConfigurationError {
            if case .cannotEdit = error.problem { throw error }
            throw ConfigurationError(path: url.path, key: Self.key(of: edits.first), problem: .cannotEdit)
        }
        try write(text)
        return configuration
    }

    private static func key(of edit: ConfigurationEdit?) -> String? {
        switch edit {
        case .set(let path, _), .remove(let path): return TOMLText.path(path)
        case nil: return nil
        }
    }

    /// True when the parsed `text` has every value `edits` set and none they removed.
    private static func holds(_ edits: [ConfigurationEdit], _ text: String) throws -> Bool {
        let root = try TOMLTable(string: text)
        func value(_ path: [String]) -> TOMLValueConvertible? {
            var current: TOMLValueConvertible? = root
            for key in path { current = current?.table?[key] }
            return current
        }
        return edits.allSatisfy { edit in
            switch edit {
            case .remove(let path): return value(path) == nil
            case .set(let path, .string(let text)): return value(path)?.string == text
            case .set(let path, .integer(let number)): return value(path)?.int == number
            case .set(let path, .strings(let texts)):
                guard let array = value(path)?.array else { return false }
                return array.map { $0.string } == texts.map { Optional($0) }
            }
        }
    }

    /// The file's text, or nil when there is no file.
    func readText() throws -> String? {
        var info = stat()
        if stat(url.path, &info) != 0 {
            if errno == ENOENT { return nil }
            throw ConfigurationError(path: url.path, problem: .unreadable(reason: String(cString: strerror(errno))))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw ConfigurationError(path: url.path, problem: .unreadable(reason: String(cString: strerror(EISDIR))))
        }
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ConfigurationError(path: url.path, problem: .unreadable(reason: String(cString: strerror(errno))))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw ConfigurationError(path: url.path, problem: .unreadable(reason: "\(error)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: url.path, problem: .notText)
        }
        return text
    }

    private func write(_ text: String) throws {
        let target = StoreLocation.resolvingLinks(url)
        do {
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw ConfigurationError(path: url.path, problem: .notWritable(reason: describe(error)))
        }
        do {
            try writer.write(Data(text.utf8), to: target, mode: 0o600)
        } catch let error as WriteError {
            throw ConfigurationError(path: url.path, problem: .notWritable(reason: error.reason))
        }
    }
}
