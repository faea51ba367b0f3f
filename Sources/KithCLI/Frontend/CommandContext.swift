import Foundation

/// What a command line runs with from outside kith: its environment, its standard streams and
/// the folder relative paths are read from.
///
/// The `kith` process passes its own (`process()`); tests pass an environment of their own,
/// a `CapturedConsole` and a temporary folder, and run commands without starting a process.
public struct CommandContext {
    /// The environment variables (`KITH_HOME`, `KITH_TODAY`, `KITH_LANG`, `VISUAL`, …).
    public var environment: [String: String]
    /// Standard input, output and error.
    public var console: Console
    /// The folder a relative path given to a command (`-o out.md`) is taken from.
    public var workingDirectory: URL

    public init(environment: [String: String], console: Console, workingDirectory: URL) {
        self.environment = environment
        self.console = console
        self.workingDirectory = workingDirectory
    }

    /// This process's environment, standard streams and working directory.
    public static func process() -> CommandContext {
        CommandContext(
            environment: ProcessInfo.processInfo.environment,
            console: ProcessConsole(),
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }
}
