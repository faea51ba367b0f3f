/// Reads plain lines from a file descriptor (pipes and scripts) or from bytes in memory.
///
/// Lines end at "\n"; a trailing "\r" is dropped; a last line without a newline
/// is still returned before `.endOfInput`. Invalid UTF-8 becomes U+FFFD. No
/// prompt is ever printed. Once `InterruptSignal.install()` has been called,
/// Ctrl-C while waiting for input gives `.interrupted`.
public final class PlainLineReader: LineReader {
    /// Where more bytes come from; nil when all of them were given up front.
    private let fileDescriptor: Int32?
    private var buffer: [UInt8] = []
    private var scanStart = 0
    private let preloadedHistory: [String]

    /// Reads from `fileDescriptor` (standard input by default). `history` is kept
    /// unchanged and returned by `history`, so persisting it loses nothing.
    public init(fileDescriptor: Int32 = 0, history: [String] = []) {
        self.fileDescriptor = fileDescriptor
        self.preloadedHistory = history
    }

    /// Reads the lines of `bytes` (standard input held in memory), then ends.
    public init(bytes: [UInt8], history: [String] = []) {
        self.fileDescriptor = nil
        self.buffer = bytes
        self.preloadedHistory = history
    }

    public var isInteractive: Bool { false }

    public var history: [String] { preloadedHistory }

    public func addToHistory(_ line: String) {}

    public func readLine(prompt: String) -> LineInput {
        while true {
            if let line = takeLine() { return .line(line) }
            switch fill() {
            case .bytes:
                continue
            case .interrupted:
                _ = InterruptSignal.consume()
                return .interrupted
            case .endOfInput, .failed:
                if buffer.isEmpty { return .endOfInput }
                let rest = buffer
                buffer.removeAll()
                scanStart = 0
                return .line(Self.decode(rest[...]))
            }
        }
    }

    /// Removes and returns the first complete line in the buffer, if any.
    private func takeLine() -> String? {
        guard let newline = buffer[scanStart...].firstIndex(of: UInt8(ascii: "\n")) else {
            scanStart = buffer.count
            return nil
        }
        let line = Self.decode(buffer[..<newline])
        buffer.removeSubrange(...newline)
        scanStart = 0
        return line
    }

    private func fill() -> InterruptibleReadResult {
        guard let fileDescriptor else { return .endOfInput }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let result = chunk.withUnsafeMutableBytes { InterruptibleRead.read(fileDescriptor, into: $0) }
        if case .bytes(let count) = result {
            buffer.append(contentsOf: chunk[..<count])
        }
        return result
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
