// kith-line-demo: a manual demo of the line editor used by the kith shell.
//
// Prompts "> ", echoes each line as "got: <line>", prints "interrupted" on
// Ctrl-C, completes from a fixed word list on TAB and exits with status 0 on
// Ctrl-D. When it exits it reports whether the terminal was left in its
// ordinary (cooked) mode. With `--plain` it uses the plain reader even on a
// terminal. The end-to-end tests of the line editor drive it through a
// pseudo-terminal.

import KithLineEditing

let words = ["contacts", "contact", "debrief", "help", "\"Ana García\"", "\"José García\""]

/// Candidates whose text (ignoring a leading quote and case) starts with the word under the cursor.
func completions(lineUpToCursor: String) -> [String] {
    func key(_ text: String) -> String {
        (text.hasPrefix("\"") ? String(text.dropFirst()) : text).lowercased()
    }
    let word = key(CompletionWord.word(in: lineUpToCursor))
    return words.filter { key($0).hasPrefix(word) }
}

InterruptSignal.install()
let reader: LineReader =
    CommandLine.arguments.contains("--plain")
    ? PlainLineReader()
    : makeLineReader(programName: "kith-line-demo", history: [], completer: completions)
Terminal.writeOutput("line demo (\(reader.isInteractive ? "interactive" : "plain"))\n")

loop: while true {
    switch reader.readLine(prompt: "> ") {
    case .line(let line):
        reader.addToHistory(line)
        Terminal.writeOutput("got: \(line)\n")
    case .interrupted:
        Terminal.writeOutput("interrupted\n")
    case .endOfInput:
        break loop
    }
}
if Terminal.standardInputIsTerminal {
    Terminal.writeOutput("bye (terminal \(Terminal.isCookedMode(0) ? "cooked" : "raw"))\n")
} else {
    Terminal.writeOutput("bye\n")
}
