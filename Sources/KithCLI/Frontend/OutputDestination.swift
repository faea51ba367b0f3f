import ArgumentParser
import Foundation
import KithCore
import KithLineEditing

/// Where an export goes: standard output, or a file given with `--output`, written all at
/// once (a failed write leaves any old file as it was).
///
/// An existing file is replaced only with `--force`; inside the interactive shell kith asks
/// instead. A new file gets mode 0600, since it holds personal data.
struct OutputDestination {
    /// The file to write, or nil (or "-") for standard output.
    let path: String?
    /// Replace an existing file without asking.
    let force: Bool

    /// True when the output goes to standard output.
    var isStandardOutput: Bool { path == nil || path == "-" }

    /// Writes `text`; returns false when the user chose not to replace an existing file.
    @discardableResult
    func write(_ text: String, in session: Session) throws -> Bool {
        try write(Data(text.utf8), in: session)
    }

    /// Writes `data`; returns false when the user chose not to replace an existing file.
    @discardableResult
    func write(_ data: Data, in session: Session) throws -> Bool {
        guard let path, path != "-" else {
            session.sayDocument(String(decoding: data, as: UTF8.self))
            return true
        }
        let url = session.file(path)
        try checkFolder(of: url, path: path)
        var overwrite = force
        if !overwrite, exists(url) {
            guard let reader = session.reader, session.inShell, reader.isInteractive else {
                throw CommandError("\(path) exists; use --force to replace it")
            }
            guard confirmReplace(path, reader: reader) else {
                session.say("Left \(path) as it was.")
                return false
            }
            overwrite = true
        }
        do {
            try writeOutput(data, to: url, overwrite: overwrite)
        } catch is OutputFileExistsError {
            throw CommandError("\(path) exists; use --force to replace it")
        } catch let error as WriteError {
            throw CommandError(error.description)
        }
        return true
    }

    /// Fails early, with a plain message, when the folder is missing or not a folder.
    private func checkFolder(of url: URL, path: String) throws {
        let folder = url.resolvingSymlinksInPath().deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw CommandError("cannot write \(path): the folder \(folder) does not exist")
        }
        guard isFolder.boolValue else {
            throw CommandError("cannot write \(path): \(folder) is not a folder")
        }
        guard access(folder, W_OK) == 0 else {
            throw CommandError("cannot write \(path): no permission to create files in \(folder)")
        }
    }

    private func exists(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.resolvingSymlinksInPath().path, &status) == 0
    }

    /// Asks "Replace FILE? [y/N]"; only y or yes replaces.
    private func confirmReplace(_ path: String, reader: LineReader) -> Bool {
        switch reader.readLine(prompt: "Replace \(path)? [y/N] ") {
        case .line(let answer):
            let folded = answer.trimmingCharacters(in: .whitespaces).lowercased()
            return folded == "y" || folded == "yes"
        case .interrupted, .endOfInput:
            return false
        }
    }
}
