import Foundation
import PackagePlugin

/// Embeds the package's shipped files (`data/*.json`, `prompts/*.json`) in the target it is
/// applied to, as one generated Swift file, so a built `kith` carries them wherever it is copied.
///
/// The folders stay the editable source: every file found there is embedded, whatever its
/// name, and a change to any of them regenerates the Swift file on the next build.
@main
struct EmbedShippedFiles: BuildToolPlugin {
    /// The package folders whose JSON files are embedded.
    static let folders = ["data", "prompts"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        var arguments: [String] = []
        for folder in Self.folders {
            let directory = root.appending(path: folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".json") {
                let file = directory.appending(path: name)
                inputs.append(file)
                arguments.append("\(folder)/\(name)=\(file.path)")
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding kith's shipped data and prompts",
                executable: try context.tool(named: "kith-embed").url,
                arguments: [output.path] + arguments,
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
