import ArgumentParser
import KithCore

/// A kith command: an argument-parser command that runs against a `Session`.
///
/// The command line and the shell both parse with `Kith.parseAsRoot` and then call `run()`,
/// which picks up the shell's session when there is one, or makes one for this process.
protocol KithCommand: ParsableCommand {
    func run(in session: Session) throws
}

extension KithCommand {
    func run() throws {
        let session = try SessionContext.current ?? Session.fromProcess()
        try run(in: session)
    }
}

/// A failure a command reports to the user; the message says what and where.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
