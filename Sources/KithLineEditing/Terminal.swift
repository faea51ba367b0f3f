import CLibEdit
import Glibc

/// Questions about the terminal and writes to the standard streams.
///
/// Writes go through the C `stdout`/`stderr` streams (taken from the C shim, so
/// they are usable under strict concurrency) and are flushed at once, so they
/// stay in order with Swift's `print`.
public enum Terminal {
    /// The standard input file descriptor.
    public static let standardInput: Int32 = 0
    /// The standard output file descriptor.
    public static let standardOutput: Int32 = 1
    /// The standard error file descriptor.
    public static let standardError: Int32 = 2

    /// Whether `fd` is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// Whether standard input is a terminal.
    public static var standardInputIsTerminal: Bool { isTerminal(standardInput) }
    /// Whether standard output is a terminal.
    public static var standardOutputIsTerminal: Bool { isTerminal(standardOutput) }
    /// Whether standard error is a terminal.
    public static var standardErrorIsTerminal: Bool { isTerminal(standardError) }

    /// The width of the terminal on `fd` in columns, or nil when it is not a terminal.
    public static func columns(_ fd: Int32 = 1) -> Int? {
        let width = kith_terminal_columns(fd)
        return width > 0 ? Int(width) : nil
    }

    /// Whether the terminal on `fd` is in ordinary line mode (canonical input with echo).
    public static func isCookedMode(_ fd: Int32 = 0) -> Bool {
        kith_terminal_is_cooked(fd) != 0
    }

    /// Writes `text` to standard output and flushes it, with every control character made
    /// visible (see `TerminalText`).
    public static func writeOutput(_ text: String) {
        write(TerminalText.neutralised(text), to: kith_stdout())
    }

    /// Writes `text` to standard error and flushes it, with every control character made visible.
    public static func writeError(_ text: String) {
        write(TerminalText.neutralised(text), to: kith_stderr())
    }

    /// Writes bytes of a file format (an export to standard output) unchanged when standard
    /// output is a file or a pipe; on a terminal, neutralised like everything else.
    public static func writeDocument(_ text: String) {
        write(standardOutputIsTerminal ? TerminalText.neutralised(text) : text, to: kith_stdout())
    }

    /// Writes `text` unchanged to standard output (`fd` 1) or standard error (any other `fd`)
    /// and flushes it; the caller has made its control characters safe.
    public static func writeUnchanged(_ text: String, to fd: Int32) {
        write(text, to: fd == standardOutput ? kith_stdout() : kith_stderr())
    }

    /// Flushes anything buffered for standard output.
    public static func flushOutput() {
        fflush(kith_stdout())
    }

    private static func write(_ text: String, to stream: UnsafeMutablePointer<FILE>?) {
        guard let stream else { return }
        var text = text
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                _ = fwrite(base, 1, bytes.count, stream)
            }
        }
        fflush(stream)
    }
}
