import ArgumentParser
import Foundation
import KithCore
import KithLineEditing

/// The `kith` command: with no arguments it opens the interactive shell; every subcommand
/// works the same on the command line and inside the shell.
public struct Kith: KithCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kith",
        abstract: "A networking coach for the terminal: debrief, find who can help, act on today's suggestions.",
        discussion: """
            With no command, kith opens its shell, where every command below works without the \
            'kith' prefix. Data lives in $KITH_HOME, else $XDG_DATA_HOME/kith, else \
            ~/.local/share/kith. KITH_TODAY=YYYY-MM-DD sets the day kith considers today. \
            'kith --lang es' opens the shell in Spanish; KITH_LANG=es, language = "es" in the \
            configuration file (see 'kith config') or a Spanish locale makes Spanish the default \
            everywhere, in that order.
            """,
        version: "0.1.0",
        subcommands: Kith.commands)

    /// Every command, in the order `help` lists them.
    static let commands: [ParsableCommand.Type] = [
        DebriefCommand.self,
        WhoCommand.self,
        TodayCommand.self,
        DoneCommand.self,
        SnoozeCommand.self,
        DismissCommand.self,
        WhyCommand.self,
        LogCommand.self,
        SolvedCommand.self,
        TierCommand.self,
        MeCommand.self,
        EditCommand.self,
        ForgetCommand.self,
        MergeCommand.self,
        UndoCommand.self,
        ContactsCommand.self,
        ContactCommand.self,
        ExportCommand.self,
        ImportCommand.self,
        CalendarCommand.self,
        GraphCommand.self,
        StatsCommand.self,
        RulesCommand.self,
        DemoCommand.self,
        DoctorCommand.self,
        ConfigCommand.self,
        SyncCommand.self,
    ]

    @OptionGroup var language: LanguageOption

    public init() {}

    /// Runs kith with this process's arguments, environment and streams, and exits with its status.
    public static func mainFromCommandLine() -> Never {
        Foundation.exit(run(Array(CommandLine.arguments.dropFirst()), in: .process()))
    }

    /// Runs one `kith` command line in `context` and returns its exit status; nothing here ends
    /// the process. A short form (`kith ls`) becomes its command, a Spanish question becomes
    /// `who`, and an unknown command gets a suggestion (status 64).
    public static func run(_ arguments: [String], in context: CommandContext) -> Int32 {
        let commandText = (["kith"] + arguments).joined(separator: " ")
        var arguments = arguments
        if let first = arguments.first, !first.hasPrefix("-") {
            arguments = CommandNames.expanded(arguments)
            if arguments[0] == "quit" { return 0 }
            if !(CommandNames.commands + ["help"]).contains(arguments[0]) {
                do {
                    let share = try ShareFolder.locate(environment: context.environment)
                    let prompts = try PromptBook(
                        language: .fromLocale(context.environment), promptsFolder: share.prompts)
                    let message = SafeQuote.message(CommandNames.unknownMessage(first, prompts: prompts))
                    context.console.write(TerminalText.neutralised(message + "\n"), to: .error)
                } catch {
                    _ = CommandDispatcher.report(error, to: context.console)
                }
                return 64
            }
        }
        var session: Session?
        do {
            let command = try CommandDispatcher.parse(
                arguments, language: .fromLocale(context.environment), environment: context.environment)
            session = try Session.make(context)
            session?.commandText = commandText
            try session.map { try CommandDispatcher.run(command, in: $0) }
            return 0
        } catch {
            return CommandDispatcher.report(error, to: context.console, prompts: try? session?.prompts(nil))
        }
    }

    func run(in session: Session) throws {
        if session.inShell { return }
        let shell = session.with(location: session.location, inShell: true)
        shell.preferredLanguage = language.lang
        try Shell(session: shell).run()
    }
}
