import ArgumentParser
import Foundation
import KithCore
import KithLineEditing

/// kith's interactive shell: reads a line, parses it with the same command definitions as the
/// command line, runs it, and reports errors without ever leaving.
struct Shell {
    let session: Session

    func run() throws {
        InterruptSignal.install()
        let history = HistoryFile(url: session.location.historyFile)
        let completion = ShellCompletion(
            commandNames: Kith.commands.map { $0._commandName } + ["help", "quit"],
            subcommandNames: Dictionary(
                uniqueKeysWithValues: Kith.commands.map { command in
                    (command._commandName, command.configuration.subcommands.map { $0._commandName })
                }),
            network: { [session] in try? session.loadedStore().network },
            openActionIDs: { [session] in CompletionSources.openActionIDs(session) })
        let reader = session.console.lineReader(
            history: history.load(),
            completer: { [session] line in
                // A question inside a command (the debrief's) completes in its own way.
                session.completionContext?(line) ?? completion.candidates(lineUpToCursor: line)
            })
        session.reader = reader
        defer { session.reader = nil }
        if reader.isInteractive {
            let prompts = try session.prompts(nil)
            session.sayWrapped(prompts.text("shell.welcome"))
            if let store = try? session.loadedStore(), store.network.contacts.isEmpty {
                session.sayWrapped(prompts.text("shell.start"))
            } else if let store = try? session.loadedStore() {
                let values = ["count": "\(store.network.contacts.count)", "path": session.location.storeFile.path]
                session.sayWrapped(prompts.text("shell.people", values))
            }
        }
        // A script (stdin not a terminal) learns from the exit status whether every line worked.
        if !runLines(reader, history: history) && !reader.isInteractive { throw ExitCode(1) }
    }

    /// Reads and runs lines until the end of input or `quit`; false when any line failed.
    private func runLines(_ reader: LineReader, history: HistoryFile) -> Bool {
        var failed = false
        while true {
            switch reader.readLine(prompt: "kith> ") {
            case .endOfInput:
                if reader.isInteractive { session.say() }
                return !failed
            case .interrupted:
                continue
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                if reader.isInteractive {
                    reader.addToHistory(trimmed)
                    history.save(reader.history)
                }
                if trimmed == "quit" || trimmed == "exit" || trimmed == "q" { return !failed }
                if !execute(trimmed) { failed = true }
                _ = InterruptSignal.consume()
            }
        }
    }

    /// Runs one line; errors are printed, never thrown. Returns false when the line failed.
    @discardableResult
    func execute(_ line: String) -> Bool {
        var words: [String]
        do {
            words = try CommandLineTokenizer.words(line)
        } catch {
            session.warn("Error: \(error)")
            return false
        }
        if words.first == "kith" { words.removeFirst() }
        words = CommandNames.expanded(words)
        guard let first = words.first else { return true }
        if first == "help" || first == "?" {
            return help(Array(words.dropFirst()))
        }
        // An unknown first word would otherwise get the parser's "Unexpected argument" and
        // a usage line meant for the command line.
        guard first.hasPrefix("-") || Kith.commands.contains(where: { $0._commandName == first }) else {
            session.warn(unknownCommand(first))
            return false
        }
        do {
            let command = try CommandDispatcher.parse(
                words, language: session.defaultLanguage, environment: session.environment)
            if command is Kith {
                session.warn(unknownCommand(first))
                return false
            }
            session.commandText = line
            try CommandDispatcher.run(command, in: session)
            return true
        } catch {
            let (message, status) = CommandDispatcher.message(for: error, prompts: try? session.prompts(nil))
            if status == .success {
                if !message.isEmpty { session.say(message) }
                return true
            }
            // The line may come from a script or a paste: never echo control characters raw.
            if !message.isEmpty { session.warn(ShellHints.withoutPrefix(SafeQuote.message(message))) }
            return false
        }
    }

    private func help(_ words: [String]) -> Bool {
        if words.isEmpty {
            session.say(ShellHelp.overview())
            return true
        }
        return execute((words + ["--help"]).map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " "))
    }

    /// The unknown-command message, or why the prompts to say it in cannot be read.
    private func unknownCommand(_ word: String) -> String {
        do {
            return CommandNames.unknownMessage(word, prompts: try session.prompts(nil))
        } catch {
            return "Error: \(error)"
        }
    }
}
