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
            subcommandNames: Dictionary(uniqueKeysWithValues: Kith.commands.map { command in
                (command._commandName, command.configuration.subcommands.map { $0._commandName })
            }),
            network: { [session] in try? session.loadedStore().network },
            openActionIDs: { [session] in CompletionSources.openActionIDs(session) })
        let reader = makeLineReader(
            programName: "kith", history: history.load(),
            completer: { [session] line in
                // A question inside a command (the debrief's) completes in its own way.
                session.completionContext?(line) ?? completion.candidates(lineUpToCursor: line)
            })
        session.reader = reader
        defer { session.reader = nil }
        if reader.isInteractive {
            session.sayWrapped((try? session.prompts(nil).text("shell.welcome"))
                ?? "kith — your networking coach. Type 'help' for commands, 'quit' or Ctrl-D to leave.")
            if let store = try? session.loadedStore(), store.network.contacts.isEmpty {
                session.sayWrapped((try? session.prompts(nil).text("shell.start")) ?? "")
            } else if let store = try? session.loadedStore() {
                let values = ["count": "\(store.network.contacts.count)", "path": session.location.storeFile.path]
                session.sayWrapped((try? session.prompts(nil).text("shell.people", values))
                    ?? "\(store.network.contacts.count) people in \(session.location.storeFile.path)")
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
            let command = try Kith.parseAsRoot(words)
            if command is Kith {
                session.warn(unknownCommand(first))
                return false
            }
            session.commandText = line
            try SessionContext.$current.withValue(session) {
                var command = command
                try command.run()
            }
            return true
        } catch {
            let message = (try? session.prompts(nil)).flatMap { FileProblemText.text(for: error, $0) }
                ?? Kith.fullMessage(for: error)
            if Kith.exitCode(for: error) == .success {
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

    private func unknownCommand(_ word: String) -> String {
        CommandNames.unknownMessage(word, prompts: try? session.prompts(nil))
    }
}
