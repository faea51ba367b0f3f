import ArgumentParser
import KithCore
import KithLineEditing

/// Parses a command line with `Kith.parseAsRoot` and runs the command against a session; the
/// command line and the shell both go through it.
enum CommandDispatcher {
    /// The command `words` name; a value checked while parsing (a day) is explained in
    /// `language`, and completions asked for while parsing read the data `environment` names.
    static func parse(
        _ words: [String], language: PromptBook.Language, environment: [String: String]
    ) throws -> ParsableCommand {
        try ParsingContext.$current.withValue(ParsingContext(language: language, environment: environment)) {
            try Kith.parseAsRoot(words)
        }
    }

    /// Runs a parsed command in `session`. A command group named without a subcommand shows its
    /// help (argument-parser's `run()` throws the request for it).
    static func run(_ command: ParsableCommand, in session: Session) throws {
        guard let command = command as? KithCommand else {
            var group = command
            try group.run()
            return
        }
        try command.run(in: session)
    }

    /// What ended a command line, in words, and the exit status it means: argument-parser's
    /// help, version, completion script or usage error, or a failure, with errors that KithCore
    /// reports as data worded by `prompts` (when they could be read).
    static func message(for error: Error, prompts: PromptBook?) -> (text: String, status: ExitCode) {
        let shown = prompts.map { ErrorText.rendered(error, prompts: $0) } ?? error
        return (Kith.fullMessage(for: shown), Kith.exitCode(for: shown))
    }

    /// Shows what ended a command line (see `message(for:prompts:)`): help, a version or a
    /// completion script on standard output as they are, an error on standard error (made
    /// safe to print); returns the exit status.
    static func report(_ error: Error, to console: Console, prompts: PromptBook? = nil) -> Int32 {
        let (message, status) = message(for: error, prompts: prompts)
        if !message.isEmpty {
            if status == .success {
                console.write(message + "\n", to: .output)
            } else {
                console.write(TerminalText.neutralised(message + "\n"), to: .error)
            }
        }
        return status.rawValue
    }
}

/// What argument-parser's callbacks need while a line is parsed, before the command and its
/// session exist: the language to explain a bad value (a day) in, and the environment naming
/// the data folder for the completions of the generated shell scripts (`---completion`).
struct ParsingContext: Sendable {
    let language: PromptBook.Language
    let environment: [String: String]

    @TaskLocal static var current: ParsingContext?
}
