import Foundation
import KithLineEditing

/// One of a process's three standard streams.
public enum StandardStream: Sendable {
    case input, output, error
}

/// Where a session reads its input and writes its output: this process's standard streams
/// (`ProcessConsole`), or memory (`CapturedConsole`) when commands run inside a test.
public protocol Console: AnyObject {
    /// Writes `text` to standard output or standard error exactly as given; the session has
    /// already made every control character visible.
    func write(_ text: String, to stream: StandardStream)
    /// Whether `stream` is a terminal.
    func isTerminal(_ stream: StandardStream) -> Bool
    /// The width of the terminal on `stream` in columns; nil when it is not a terminal.
    func columns(_ stream: StandardStream) -> Int?
    /// A reader of the lines on standard input, with line editing when it is a terminal.
    func lineReader(history: [String], completer: @escaping (String) -> [String]) -> LineReader
}

/// This process's standard streams and terminal.
public final class ProcessConsole: Console {
    public init() {}

    public func write(_ text: String, to stream: StandardStream) {
        Terminal.writeUnchanged(text, to: descriptor(stream))
    }

    public func isTerminal(_ stream: StandardStream) -> Bool {
        Terminal.isTerminal(descriptor(stream))
    }

    public func columns(_ stream: StandardStream) -> Int? {
        isTerminal(stream) ? Terminal.columns(descriptor(stream)) : nil
    }

    public func lineReader(history: [String], completer: @escaping (String) -> [String]) -> LineReader {
        makeLineReader(programName: "kith", history: history, completer: completer)
    }

    private func descriptor(_ stream: StandardStream) -> Int32 {
        switch stream {
        case .input: return Terminal.standardInput
        case .output: return Terminal.standardOutput
        case .error: return Terminal.standardError
        }
    }
}

/// Standard streams in memory: input given up front, output and errors collected, no terminal.
///
/// Every reader a command asks for reads from the same input, so a shell script's lines and
/// the answers to a command's questions follow each other as they would on a pipe.
public final class CapturedConsole: Console {
    /// What was written to standard output.
    public private(set) var output = ""
    /// What was written to standard error.
    public private(set) var errors = ""
    private let reader: PlainLineReader

    /// A console whose standard input holds `input` (any bytes, not necessarily UTF-8).
    public init(input: Data = Data()) {
        reader = PlainLineReader(bytes: Array(input))
    }

    public func write(_ text: String, to stream: StandardStream) {
        switch stream {
        case .error: errors += text
        case .output, .input: output += text
        }
    }

    public func isTerminal(_ stream: StandardStream) -> Bool { false }

    public func columns(_ stream: StandardStream) -> Int? { nil }

    public func lineReader(history: [String], completer: @escaping (String) -> [String]) -> LineReader { reader }
}
