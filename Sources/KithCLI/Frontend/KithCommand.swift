import ArgumentParser
import KithCore

/// A kith command: an argument-parser command that runs against a `Session`.
///
/// The command line and the shell both parse with `CommandDispatcher` and then call
/// `run(in:)` with their session; argument-parser's own `run()` is never called.
protocol KithCommand: ParsableCommand {
    func run(in session: Session) throws
}

/// A failure a command reports to the user; the message says what and where.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
