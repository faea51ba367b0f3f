import Foundation
import KithCore
import KithLineEditing

/// Where a command's document goes: standard output, or a file written safely (a new file is
/// written then renamed into place, so a failure never truncates what was there).
///
/// An existing file is replaced only with `--force` on the command line; inside an interactive
/// shell the user is asked instead.
struct OutputDestination {
    let path: String?
    let force: Bool

    func write(_ text: String, session: Session) throws {
        guard let path else {
            session.say(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            return
        }
        let url = URL(fileURLWithPath: path)
        var overwrite = force
        if !overwrite, FileManager.default.fileExists(atPath: url.path),
           let reader = session.reader, reader.isInteractive {
            guard case .line(let answer) = reader.readLine(prompt: "Replace \(path)? [y/N] "),
                  ["y", "yes", "s", "si", "sí"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
                session.say("Nothing written.")
                return
            }
            overwrite = true
        }
        do {
            try writeOutput(Data(text.utf8), to: url, overwrite: overwrite)
        } catch is OutputFileExistsError {
            throw CommandError("\(path) exists; use --force to replace it")
        } catch {
            throw CommandError("\(error)")
        }
        session.warn("Wrote \(path)")
    }
}

/// The `--output` and `--force` options shared by commands that write documents.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    var destination: OutputDestination { OutputDestination(path: output, force: force) }
}

import ArgumentParser
