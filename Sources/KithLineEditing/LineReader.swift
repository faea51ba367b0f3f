/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
    /// A complete line, without its line terminator.
    case line(String)
    /// Ctrl-C was pressed: the line being typed was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of a pipe or file.
    case endOfInput
}

/// Reads lines from the user.
///
/// Call `readLine(prompt:)` from one thread at a time. A Ctrl-C pressed since the
/// last `InterruptSignal.consume()` makes `readLine` return `.interrupted` at once;
/// call `consume()` after running a command to discard presses made during it.
public protocol LineReader: AnyObject {
    /// True for the libedit reader on a terminal.
    var isInteractive: Bool { get }
    /// Reads one line; the prompt is shown only when interactive.
    func readLine(prompt: String) -> LineInput
    /// Adds a line to the history (a no-op for the plain reader).
    func addToHistory(_ line: String)
    /// The history entries, oldest first, for the caller to persist.
    var history: [String] { get }
}
