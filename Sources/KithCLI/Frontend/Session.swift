import Foundation
import KithCore
import KithLineEditing

/// Everything a command needs from the outside world: where the data lives, which day it is,
/// the shipped prompts and data, the store, and how to talk to the user.
///
/// The command line makes one per process; the shell makes one and keeps it (and its loaded
/// store and indexes) between commands.
public final class Session: @unchecked Sendable {
    public let environment: [String: String]
    public let location: StoreLocation
    public let share: ShareFolder
    public let today: Day
    /// True inside the interactive shell (or `kith demo`).
    public let inShell: Bool
    /// The line reader of the shell, when there is one; commands that ask questions use it.
    var reader: LineReader?
    private var store: Store?
    private var derived: [String: (generation: Int, value: Any)] = [:]

    public init(environment: [String: String], location: StoreLocation, share: ShareFolder, today: Day, inShell: Bool = false) {
        self.environment = environment
        self.location = location
        self.share = share
        self.today = today
        self.inShell = inShell
    }

    /// The session of this process, from its environment and executable path.
    public static func fromProcess(inShell: Bool = false) throws -> Session {
        let environment = ProcessInfo.processInfo.environment
        let session = Session(
            environment: environment,
            location: StoreLocation(environment: environment),
            share: try ShareFolder.locate(environment: environment),
            today: try TodayProvider.today(environment: environment),
            inShell: inShell)
        session.commandText = (["kith"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        return session
    }

    /// A copy of this session on another data folder (used by `kith demo`).
    func with(location: StoreLocation, inShell: Bool) -> Session {
        let copy = Session(environment: environment, location: location, share: share, today: today, inShell: inShell)
        copy.preferredLanguage = preferredLanguage
        return copy
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
            warn("warning: \(error); this change cannot be undone with 'kith undo'")
        }
    }

    /// A value derived from the network (an index), rebuilt when the store changed, unless
    /// `reuse` (when given) says the value kept still serves the changed network.
    func derived<Value>(_ key: String, from store: Store, reuse: ((Value, Network) -> Bool)? = nil,
                        build: (Network) throws -> Value) rethrows -> Value {
        if let cached = derived[key], let value = cached.value as? Value {
            if cached.generation == store.generation { return value }
            if let reuse, reuse(value, store.network) {
                derived[key] = (store.generation, value)
                return value
            }
        }
        let value = try build(store.network)
        derived[key] = (store.generation, value)
        return value
    }

    /// A value computed once per session (the knowledge base, the rules).
    func once<Value>(_ key: String, build: () throws -> Value) rethrows -> Value {
        if let cached = derived[key], let value = cached.value as? Value { return value }
        let value = try build()
        derived[key] = (0, value)
        return value
    }

    /// Colour and emphasis for standard output (plain unless it is a terminal and NO_COLOR is unset).
    var style: TextStyle { TextStyle.forStandardOutput(environment) }

    /// The language of the whole shell session (`kith --lang es`), when one was asked for.
    var preferredLanguage: PromptBook.Language?

    /// The prompts in the language asked for, else the session's, else KITH_LANG's, the
    /// configuration file's or the locale's.
    func prompts(_ language: PromptBook.Language?) throws -> PromptBook {
        let book = try PromptBook(language: self.language(language).language, promptsFolder: share.prompts)
        return inShell ? book.rewritten(ShellHints.withoutPrefix) : book
    }

    /// Writes a line (or lines) to standard output.
    func say(_ text: String = "") {
        Terminal.writeOutput(text + "\n")
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
    var terminalWidth: Int? {
        guard Terminal.standardOutputIsTerminal else { return nil }
        return Terminal.columns(Terminal.standardOutput)
    }

    /// Where the text of an item starts: after "[id] ", "  [id] ", " 1. " or a short "Label: ".
    static func hangingIndent(_ text: String) -> Int {
        let visible = TextWrapping.visible(text.split(separator: "\n").first.map(String.init) ?? "")
        let leading = visible.prefix { $0 == " " }.count
        let rest = visible.dropFirst(leading)
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            return leading + rest.distance(from: rest.startIndex, to: close) + 2
        }
        if let dot = rest.firstIndex(of: "."), rest[rest.startIndex..<dot].allSatisfy(\.isNumber), !rest[rest.startIndex..<dot].isEmpty {
            return leading + rest.distance(from: rest.startIndex, to: dot) + 2
        }
        if let colon = rest.range(of: ": "), rest.distance(from: rest.startIndex, to: colon.lowerBound) <= 12 {
            return leading + rest.distance(from: rest.startIndex, to: colon.upperBound)
        }
        return leading
    }

    /// Writes a message to standard error, wrapped like `sayWrapped` when it is a terminal.
    func warnWrapped(_ text: String) {
        guard Terminal.standardErrorIsTerminal, let width = Terminal.columns(Terminal.standardError) else {
            warn(text)
            return
        }
        warn(TextWrapping(width: width, indent: 0).wrap(text))
    }

    /// Writes a line to standard error.
    func warn(_ text: String) {
        Terminal.writeError(text + "\n")
    }
}

/// The session the running command belongs to.
enum SessionContext {
    @TaskLocal static var current: Session?
}
