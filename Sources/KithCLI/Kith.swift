import ArgumentParser
import Foundation
import KithCore
import KithLineEditing

/// The `kith` command: with no arguments it opens the interactive shell; every subcommand
/// works the same on the command line and inside the shell.
public struct Kith: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kith",
        abstract: "A networking coach for the terminal: debrief, find who can help, act on today's suggestions.",
        discussion: """
            With no command, kith opens its shell, where every command below works without the \
            'kith' prefix. Data lives in $KITH_HOME, else $XDG_DATA_HOME/kith, else \
            ~/.local/share/kith. KITH_TODAY=YYYY-MM-DD sets the day kith considers today. \
            'kith --lang es' opens the shell in Spanish; KITH_LANG=es (or a Spanish locale) makes \
            Spanish the default everywhere.
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

    /// Runs kith with this process's arguments: a short form (`kith ls`) becomes its command,
    /// a Spanish question becomes `who`, and an unknown command gets a suggestion.
    public static func mainFromCommandLine() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            arguments = CommandNames.expanded(arguments)
            let known = CommandNames.commands + ["help", "quit"]
            if arguments[0] == "quit" { return }
            if !known.contains(arguments[0]) {
                let session = try? Session.fromProcess()
                let prompts = try? session?.prompts(nil)
                Terminal.writeError(SafeQuote.message(CommandNames.unknownMessage(first, prompts: prompts)) + "\n")
                Foundation.exit(64)
            }
        }
        main(arguments)
    }

    public func run() throws {
        let session = try SessionContext.current ?? Session.fromProcess()
        if session.inShell { return }
        let shell = session.with(location: session.location, inShell: true)
        shell.preferredLanguage = language.lang
        try Shell(session: shell).run()
    }
}
