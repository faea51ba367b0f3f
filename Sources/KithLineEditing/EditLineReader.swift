import CLibEdit
import Glibc

/// Reads lines from a terminal with libedit: emacs key bindings, history and TAB completion.
///
/// Ctrl-C cancels the line being typed (`.interrupted`, after printing "^C");
/// Ctrl-D on an empty line gives `.endOfInput`. The terminal is back in its
/// ordinary mode whenever `readLine` has returned, and restored fully on deinit.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer?
    private let historyHandle: OpaquePointer?
    private let historyLimit: Int
    private let completer: (String) -> [String]
    private var entries: [String]
    private var promptText: UnsafeMutablePointer<CChar>?
    private let fallback: PlainLineReader

    /// Creates the reader on standard input and output.
    /// - Parameters:
    ///   - programName: the name libedit uses (for `.editrc` sections).
    ///   - history: entries to preload, oldest first.
    ///   - historyLimit: the most entries kept.
    ///   - completer: called on TAB with the text of the line up to the cursor;
    ///     returns whole-word candidates for the word under the cursor (see
    ///     `CompletionWord`). The text inserted is exactly what it returns, so it
    ///     should quote names with spaces itself (e.g. `"Ana García"`).
    public init(
        programName: String,
        history: [String],
        historyLimit: Int = 1000,
        completer: @escaping (String) -> [String]
    ) {
        InterruptSignal.install()
        // Before el_init: libedit reads the locale's codeset when it starts.
        _ = kith_use_utf8_ctype()
        self.historyLimit = max(1, historyLimit)
        self.completer = completer
        self.entries = Array(history.suffix(max(1, historyLimit)))
        self.fallback = PlainLineReader(fileDescriptor: Terminal.standardInput, history: history)
        self.editLine = el_init(programName, kith_stdin(), kith_stdout(), kith_stderr())
        self.historyHandle = history_winit()
        configure()
    }

    deinit {
        if let editLine { el_end(editLine) }
        if let historyHandle { history_wend(historyHandle) }
        free(promptText)
    }

    public var isInteractive: Bool { editLine != nil }

    public var history: [String] { entries }

    public func addToHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), entries.last != line else { return }
        entries.append(line)
        if entries.count > historyLimit { entries.removeFirst(entries.count - historyLimit) }
        if let historyHandle {
            _ = WideText.wide(line).withUnsafeBufferPointer { kith_history_enter(historyHandle, $0.baseAddress) }
        }
    }

    public func readLine(prompt: String) -> LineInput {
        guard let editLine else { return fallback.readLine(prompt: prompt) }
        Terminal.flushOutput()
        free(promptText)
        promptText = strdup(prompt)
        // Enter editing mode before the prompt appears: libedit would otherwise show the
        // prompt first, and keys typed in between would be echoed and handled by the
        // terminal itself (a Ctrl-D there is lost).
        _ = kith_el_prep_term(editLine, 1)
        var count: Int32 = 0
        let result = el_wgets(editLine, &count)
        if let result, count > 0 {
            var line = WideText.string(from: result, count: Int(count))
            while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
            return .line(line)
        }
        if InterruptSignal.consume() {
            Terminal.writeOutput("^C\n")
            return .interrupted
        }
        Terminal.writeOutput("\n")
        return .endOfInput
    }

    private func configure() {
        guard let editLine else { return }
        _ = kith_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = kith_el_set_editor(editLine, "emacs")
        _ = kith_el_set_signal(editLine, 0)
        _ = kith_el_set_getcfn(editLine, InterruptibleRead.editLineReadFunction)
        _ = kith_el_set_prompt(
            editLine,
            { editLine in
                guard let editLine, let reader = EditLineReader.reader(of: editLine) else { return nil }
                return reader.promptText
            })
        _ = kith_el_set_addfn(
            editLine, "kith-complete", "Complete the word under the cursor",
            { editLine, _ in
                guard let editLine, let reader = EditLineReader.reader(of: editLine) else { return UInt8(CC_ERROR) }
                return reader.complete(editLine)
            })
        _ = kith_el_bind(editLine, "^I", "kith-complete")
        if let historyHandle {
            _ = kith_history_setsize(historyHandle, Int32(clamping: historyLimit))
            for entry in entries {
                _ = WideText.wide(entry).withUnsafeBufferPointer { kith_history_enter(historyHandle, $0.baseAddress) }
            }
            _ = kith_el_set_hist(editLine, historyHandle)
        }
    }

    private static func reader(of editLine: OpaquePointer) -> EditLineReader? {
        guard let data = kith_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    /// Handles TAB: inserts the common prefix of the candidates and lists them when several remain.
    private func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let info = el_wline(editLine) else { return UInt8(CC_ERROR) }
        let beforeCursor = WideText.string(from: info.pointee.buffer, to: info.pointee.cursor)
        let word = CompletionWord.word(in: beforeCursor)
        let plan = CompletionPlan(word: word, candidates: completer(beforeCursor))
        if plan.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        if let replacement = plan.replacement {
            let wordLength = word.unicodeScalars.count
            if wordLength > 0 { el_deletestr(editLine, Int32(wordLength)) }
            _ = WideText.wide(replacement).withUnsafeBufferPointer { el_winsertstr(editLine, $0.baseAddress) }
        }
        guard !plan.listing.isEmpty else { return UInt8(CC_REFRESH) }
        let width = Terminal.columns(Terminal.standardOutput) ?? 80
        let text = TerminalText.neutralised("\n" + CompletionListing.format(plan.listing, width: width) + "\n")
        if let output = kith_el_output_file(editLine) {
            fputs(text, output)
            fflush(output)
        }
        return UInt8(CC_REDISPLAY)
    }
}
