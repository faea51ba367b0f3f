import Foundation
import KithLineEditing

/// Runs the user's editor ($VISUAL, else $EDITOR, else vi) on a file, on this terminal.
///
/// The editor runs in kith's own process group, which is the terminal's foreground group: a
/// terminal editor can read the keyboard (a background group would get EIO), and Ctrl-C reaches
/// it. kith itself only notes a Ctrl-C pressed meanwhile and drops it once the editor is done.
struct EditorLauncher {
    /// The editor command line; may hold arguments ("code --wait").
    let command: String
    /// The editor's environment: the session's, not necessarily this process's.
    private let environment: [String: String]

    init(environment: [String: String]) {
        self.environment = environment
        let chosen = [environment["VISUAL"], environment["EDITOR"]]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        command = chosen ?? "vi"
    }

    /// Opens `file` and waits; returns the editor's exit status (128 + the signal when a signal
    /// ended it). The path goes to the shell as a positional parameter, so no character in it
    /// can be misread.
    func edit(_ file: URL) throws -> Int32 {
        // kith keeps running through a Ctrl-C meant for the editor; the editor starts with
        // every signal at its default (exec resets handled signals; the mask is cleared below).
        InterruptSignal.install()
        defer { _ = InterruptSignal.consume() }
        let arguments = ["/bin/sh", "-c", command + " \"$1\"", "kith-edit", file.path]
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // No POSIX_SPAWN_SETPGROUP: the editor stays in the terminal's foreground group.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var child: pid_t = 0
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for variable in cEnvironment { free(variable) } }
        let result = posix_spawn(&child, "/bin/sh", nil, &attributes, cArguments, cEnvironment)
        guard result == 0 else {
            throw CommandError("cannot start the editor '\(command)': \(String(cString: strerror(result)))")
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else {
                throw CommandError("lost track of the editor '\(command)': \(String(cString: strerror(errno)))")
            }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
