import Foundation

/// The folder holding kith's shipped `prompts/` and `data/` folders.
///
/// `$KITH_SHARE` names one (a source tree whose files are being edited); otherwise the files
/// built into the binary are used, unpacked once into a cache folder named by their hash
/// (see `ShippedFilesFolder`), so a copied binary runs anywhere.
package struct ShareFolder: Hashable, Sendable {
    package let root: URL

    package init(root: URL) {
        self.root = root.standardizedFileURL
    }

    package var prompts: URL { root.appendingPathComponent("prompts") }
    package var data: URL { root.appendingPathComponent("data") }

    /// The share folder could not be found or made.
    package struct NotFound: Error, CustomStringConvertible {
        package let reason: String
        package var description: String { reason }
    }

    /// `$KITH_SHARE` when set, else the files built into this binary.
    package static func locate(environment: [String: String]) throws -> ShareFolder {
        if let explicit = environment["KITH_SHARE"], !explicit.isEmpty {
            let candidate = ShareFolder(root: URL(fileURLWithPath: explicit, isDirectory: true))
            if candidate.isComplete { return candidate }
            throw NotFound(
                reason: "KITH_SHARE is \(explicit), which has no prompts/en.json and data/ folder; "
                    + "unset it to use the files built into kith, or point it at a folder that holds them")
        }
        return ShareFolder(root: try ShippedFilesFolder.unpacked(environment: environment))
    }

    private var isComplete: Bool {
        FileManager.default.fileExists(atPath: prompts.appendingPathComponent("en.json").path)
            && FileManager.default.fileExists(atPath: data.path)
    }
}
