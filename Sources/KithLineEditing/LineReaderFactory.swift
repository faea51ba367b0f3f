/// Returns the libedit reader when standard input and output are both terminals,
/// otherwise a `PlainLineReader` on standard input (which keeps `history` unchanged).
public func makeLineReader(
    programName: String,
    history: [String],
    historyLimit: Int = 1000,
    completer: @escaping (String) -> [String]
) -> LineReader {
    if Terminal.standardInputIsTerminal && Terminal.standardOutputIsTerminal {
        return EditLineReader(
            programName: programName, history: history, historyLimit: historyLimit, completer: completer)
    }
    return PlainLineReader(fileDescriptor: Terminal.standardInput, history: history)
}
