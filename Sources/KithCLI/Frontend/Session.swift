import Foundation
import KithCore
import KithLineEditing

/// Everything a command needs from the outside world: where the data lives, which day it is,
/// the shipped prompts and data, the store, and how to talk to the user.
///
/// All of it comes in as values (`CommandContext`): the environment, the standard streams and
/// the working directory, so commands run the same in the `kith` process and inside a test.
/// A command line makes one session; the shell makes one and keeps it (and its loaded store
/// and indexes) between commands.
public final class Session {
    public let environment: [String: String]
    /// Standard input, output and error.
    public let console: Console
    /// The folder relative paths given to commands are taken from.
    public let workingDirectory: URL
    public let location: StoreLocation
    package let share: ShareFolder
    public let today: Day
    /// True inside the interactive shell (or `kith demo`).
    public let inShell: Bool
    /// The line reader of the shell, when there is one; commands that ask questions use it.
    var reader: LineReader?
    private var store: Store?
    /// The coach over the loaded store, made on first use and kept with the store.
    private var loadedCoach: Coach?

    package init(
        context: CommandContext, location: StoreLocation, share: ShareFolder, today: Day, inShell: Bool = false
    ) {
        self.environment = context.environment
        self.console = context.console
        self.workingDirectory = context.workingDirectory
        self.location = location
        self.share = share
        self.today = today
        self.inShell = inShell
    }

    /// The session of a command line run in `context`: the data folder, the shipped files and
    /// the day all come from its environment.
    public static func make(_ context: CommandContext, inShell: Bool = false) throws -> Session {
        let environment = context.environment
        return Session(
            context: context,
            location: StoreLocation(environment: environment),
            share: try ShareFolder.locate(environment: environment),
            today: try TodayProvider.today(environment: environment),
            inShell: inShell)
    }

    /// What this session runs with from outside kith.
    var context: CommandContext {
        CommandContext(environment: environment, console: console, workingDirectory: workingDirectory)
    }

    /// A copy of this session on another data folder (used by `kith demo`).
    func with(location: StoreLocation, inShell: Bool) -> Session {
        let copy = Session(context: context, location: location, share: share, today: today, inShell: inShell)
        copy.preferredLanguage = preferredLanguage
        return copy
    }

    /// The file a path typed by the user names: relative paths start at the working directory.
    func file(_ path: String, isDirectory: Bool = false) -> URL {
        URL(fileURLWithPath: path, isDirectory: isDirectory, relativeTo: workingDirectory).absoluteURL
    }

    /// A reader of the user's answers: the shell's when there is one, else one on standard input.
    func answerReader() -> LineReader {
        reader ?? console.lineReader(history: [], completer: { _ in [] })
    }

    /// The store, loaded on first use; in the shell, reloaded when another process saved.
    public func loadedStore() throws -> Store {
        if let store {
            try store.reloadIfChanged()
            try attachConfiguration(to: store)
            return store
        }
        let store = Store(location: location)
        store.onSave = { [weak self] before, after in self?.journal(before, after) }
        try store.load()
        try attachConfiguration(to: store)
        self.store = store
        return store
    }

    /// While a command asks its own question (the debrief's "who do they know?"), what TAB
    /// offers there; nil for the shell's own completion.
    var completionContext: ((String) -> [String])?

    /// The command being run, as typed; the undo journal names changes by it.
    var commandText = "kith"
    /// False while a change must not be journalled (undo itself, the demo's set-up).
    var journalling = true
    /// People the running command put into or took out of the archive of forgotten people,
    /// so undoing the command can take them out or put them back.
    var archiveChange = ArchiveChange()

    /// Records a saved change in the undo journal; a journal that cannot be written is
    /// reported, never a reason to fail the command whose change is already saved.
    private func journal(_ before: Network, _ after: Network) {
        defer { archiveChange = ArchiveChange() }
        guard journalling else { return }
        var change = NetworkChange(before: before, after: after)
        change.archived = archiveChange.archived
        change.restored = archiveChange.restored
        do {
            try UndoJournal(location: location).record(change, command: commandText, at: Date())
        } catch {
            warn("warning: \(FileProblemText.describe(error, self)); this change cannot be undone with 'kith undo'")
        }
    }

    /// The coach over the store (loaded, or reloaded when another process saved): it keeps the
    /// rules, the matching index and the day's matches until the store changes.
    public func coach() throws -> Coach {
        let store = try loadedStore()
        if let loadedCoach, loadedCoach.store === store { return loadedCoach }
        let coach = Coach(store: store, files: CoachFiles(shippedData: share.data, location: location), today: today) {
            [weak self] problems in
            guard let self else { return }
            let prompts = try? self.prompts(nil)
            for problem in problems { self.warn("warning: \(FileProblemText.text(problem, prompts))") }
        }
        loadedCoach = coach
        return coach
    }

    /// Rule problems as warnings, so a broken user rule never goes unnoticed.
    func warnAbout(_ problems: [RuleProblem]) {
        let prompts = try? self.prompts(nil)
        for problem in problems { warn("warning: \(FileProblemText.text(problem, prompts))") }
    }

    /// Colour and emphasis for standard output (plain unless it is a terminal and NO_COLOR is unset).
    var style: TextStyle { TextStyle.forStandardOutput(environment, isTerminal: console.isTerminal(.output)) }

    /// The language of this session when no `--lang` is given: the shell's, else the environment's.
    var defaultLanguage: PromptBook.Language { preferredLanguage ?? .fromLocale(environment) }

    /// The language of the whole shell session (`kith --lang es`), when one was asked for.
    var preferredLanguage: PromptBook.Language?

    /// The prompts in the language asked for, else the session's, else KITH_LANG's, the
    /// configuration file's or the locale's.
    func prompts(_ language: PromptBook.Language?) throws -> PromptBook {
        let book = try PromptBook(language: self.language(language).language, promptsFolder: share.prompts)
        return inShell ? book.rewritten(ShellHints.withoutPrefix) : book
    }

    /// Writes a line (or lines) to standard output, every control character made visible.
    func say(_ text: String = "") {
        console.write(TerminalText.neutralised(text + "\n"), to: .output)
    }

    /// Writes the bytes of a file format (an export): unchanged to a file or a pipe, made safe
    /// like everything else on a terminal.
    func sayDocument(_ text: String) {
        console.write(console.isTerminal(.output) ? TerminalText.neutralised(text) : text, to: .output)
    }

    /// Writes text to standard output, wrapped at word boundaries to the terminal's width with
    /// a hanging indent of `indent` columns (nil: after a leading "[id] ", "Coach: " or "1. ").
    /// Piped output is never wrapped: one item stays one line.
    func sayWrapped(_ text: String, indent: Int? = nil) {
        guard let width = terminalWidth else {
            say(text)
            return
        }
        say(TextWrapping(width: width, indent: indent ?? Session.hangingIndent(text)).wrap(text))
    }

    /// The width to wrap to: the terminal's, when standard output is one.
    var terminalWidth: Int? { console.columns(.output) }

    /// Where the text of an item starts: after "[id] ", "  [id] ", " 1. " or a short "Label: ".
    static func hangingIndent(_ text: String) -> Int {
        let visible = TextWrapping.visible(text.split(separator: "\n").first.map(String.init) ?? "")
        let leading = visible.prefix { $0 == " " }.count
        let rest = visible.dropFirst(leading)
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            return leading + rest.distance(from: rest.startIndex, to: close) + 2
        }
        if let dot = rest.firstIndex(of: "."), rest[rest.startIndex..<dot].allSatisfy(\.isNumber),
            !rest[rest.startIndex..<dot].isEmpty
        {
            return leading + rest.distance(from: rest.startIndex, to: dot) + 2
        }
        if let colon = rest.range(of: ": "), rest.distance(from: rest.startIndex, to: colon.lowerBound) <= 12 {
            return leading + rest.distance(from: rest.startIndex, to: colon.upperBound)
        }
        return leading
    }

    /// Writes a message to standard error, wrapped like `sayWrapped` when it is a terminal.
    func warnWrapped(_ text: String) {
        guard let width = console.columns(.error) else {
            warn(text)
            return
        }
        warn(TextWrapping(width: width, indent: 0).wrap(text))
    }

    /// Writes a line to standard error, every control character made visible.
    func warn(_ text: String) {
        console.write(TerminalText.neutralised(text + "\n"), to: .error)
    }
}
