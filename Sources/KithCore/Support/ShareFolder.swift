import Foundation

/// The folder holding kith's shipped `prompts/` and `data/` folders.
///
/// Found from `$KITH_SHARE`, else by walking up from the executable (a build inside the source
/// tree), else `<bin>/../share/kith` (an installed copy).
public struct ShareFolder: Hashable, Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var prompts: URL { root.appendingPathComponent("prompts") }
    public var data: URL { root.appendingPathComponent("data") }

    /// The share folder could not be found.
    public struct NotFound: Error, CustomStringConvertible {
        public let searched: [String]
        public var description: String {
            "cannot find kith's prompts/ and data/ folders (looked in \(searched.joined(separator: ", "))); "
                + "set KITH_SHARE to the folder that holds them"
        }
    }

    public static func locate(environment: [String: String], executable: URL) throws -> ShareFolder {
        var searched: [String] = []
        if let explicit = environment["KITH_SHARE"], !explicit.isEmpty {
            let candidate = ShareFolder(root: URL(fileURLWithPath: explicit, isDirectory: true))
            if candidate.isComplete { return candidate }
            throw NotFound(searched: [explicit + " (KITH_SHARE)"])
        }
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = ShareFolder(root: folder)
            if candidate.isComplete { return candidate }
            searched.append(folder.path)
            folder.deleteLastPathComponent()
        }
        let installed = ShareFolder(root: executable.resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/kith"))
        if installed.isComplete { return installed }
        searched.append(installed.root.path)
        throw NotFound(searched: searched)
    }

    private var isComplete: Bool {
        FileManager.default.fileExists(atPath: prompts.appendingPathComponent("en.json").path)
            && FileManager.default.fileExists(atPath: data.path)
    }
}
