import Foundation

/// Runs the user's editor ($VISUAL, else $EDITOR, else vi) on a file, on this terminal.
struct EditorLauncher {
    /// The editor command line; may hold arguments ("code --wait").
    let command: String

    init(environment: [String: String]) {
        let chosen = [environment["VISUAL"], environment["EDITOR"]]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        command = chosen ?? "vi"
    }

    /// Opens `file` and waits; returns the editor's exit status. The path goes to the shell as
    /// a positional parameter, so no character in it can be misread.
    func edit(_ file: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "kith-edit", file.path]
        do {
            try process.run()
        } catch {
            throw CommandError("cannot start the editor '\(command)': \(error.localizedDescription)")
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
