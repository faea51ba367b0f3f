import Foundation

/// The debrief's questions and the coach's tips in one language, read from `prompts/<lang>.json`.
///
/// Every key in `PromptBook.requiredKeys` must be present; a missing or malformed file is an
/// error naming the file and the key.
public struct PromptBook: Sendable {
    public let language: Language
    private var texts: [String: String]
    /// The file the texts were read from.
    public let file: String

    /// The languages kith speaks.
    public enum Language: String, CaseIterable, Sendable {
        case en, es

        /// The language the environment asks for: `KITH_LANG` (`en` or `es`) when set, else the
        /// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), English when none is Spanish.
        public static func fromLocale(_ environment: [String: String]) -> Language {
            if let chosen = environment["KITH_LANG"].flatMap({ Language(rawValue: $0.lowercased()) }) { return chosen }
            for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
                if let value = environment[key], !value.isEmpty {
                    return value.lowercased().hasPrefix("es") ? .es : .en
                }
            }
            return .en
        }
    }

    /// Every key the program uses.
    package static let requiredKeys: [String] =
        DebriefQuestion.allCases.map { "question.\($0.rawValue)" }
        + DebriefQuestion.allCases.map { "label.\($0.rawValue)" } + [
            "review.save",
            "list.hint", "list.more", "tip.emptyNeeds", "tip.emptyOffers", "tip.followUp",
            "debrief.known", "debrief.several", "debrief.pickNew", "debrief.pickPrompt", "debrief.pickAgain",
            "summary.title", "summary.none", "followUp.title", "review.prompt", "review.help", "saved.new",
            "saved.merged",
            "cancelled", "draft.kept", "draft.resuming", "draft.exists", "draft.none", "draft.discarded",
            "draft.tooMany",
            "ago.today", "ago.yesterday", "ago.days", "today.more", "today.emptyNetwork", "today.upToDate",
            "today.upToDateOn",
            "who.canHelp", "who.needs", "who.nobody", "who.closest", "who.tip",
            "demo.banner", "demo.try", "shell.welcome", "shell.unknown", "shell.people",
            "import.added", "import.merged", "import.line", "import.rejected", "import.summary", "import.wouldSummary",
            "import.cardUpdated", "import.cardSkipped", "import.cardSummary", "import.cardWouldSummary",
            "log.logged", "log.future", "contact.nobody", "contact.several", "who.empty", "solved.solved", "solved.by",
            "contacts.empty", "contacts.nobody", "contacts.lastSeen", "contacts.neverMet", "contacts.onePerson",
            "contacts.people",
            "done.done", "done.recorded", "done.snoozed", "done.dismissed", "list.and",
            "why.rule", "why.idea", "why.priority", "why.noConditions", "why.matched",
        ]

    /// A prompts file that is missing, broken or incomplete.
    package struct LoadError: Error, CustomStringConvertible, Equatable {
        public let path: String
        public let reason: String
        public var description: String { "cannot use the prompts file \(path): \(reason)" }
    }

    /// Loads `<promptsFolder>/<language>.json`.
    public init(language: Language, promptsFolder: URL) throws {
        let url = promptsFolder.appendingPathComponent("\(language.rawValue).json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LoadError(path: url.path, reason: "the file is missing or unreadable")
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            let problem = JSONSyntaxLocator.firstProblem(in: data)
            throw LoadError(path: url.path, reason: problem.map { "invalid JSON at \($0)" } ?? "invalid JSON")
        }
        guard case .object(let object) = value else {
            throw LoadError(path: url.path, reason: "expected an object of \"key\": \"text\" pairs")
        }
        // A file without a version (from before prompts had one) reads as version 1.
        if case .number(let version)? = object["schemaVersion"] {
            try VersionedDocument.prompts.check(Int(version.rounded(.up)), in: url.path)
        }
        var texts: [String: String] = [:]
        for key in PromptBook.requiredKeys {
            guard case .string(let text)? = object[key], !text.isEmpty else {
                throw LoadError(path: url.path, reason: "the text '\(key)' is missing or not a string")
            }
            texts[key] = text
        }
        // Optional texts, such as the shipped rules in this language (`rule.<id>.action`).
        for (key, value) in object where texts[key] == nil {
            if case .string(let text) = value, !text.isEmpty { texts[key] = text }
        }
        self.file = url.path
        self.language = language
        self.texts = texts
    }

    /// The text for `key` with `{placeholder}`s replaced.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let text = texts[key] ?? key
        return values.isEmpty ? text : TextTemplate(text).fill(values)
    }

    /// The text for `key` when the file has one (optional texts).
    public func optionalText(_ key: String) -> String? { texts[key] }

    /// How `{ago}` reads in action texts in this language.
    package var agoWording: AgoWording {
        AgoWording(today: text("ago.today"), yesterday: text("ago.yesterday"), daysAgo: text("ago.days"))
    }

    /// The short label of a question, for the summary.
    package func label(_ question: DebriefQuestion) -> String {
        text("label.\(question.rawValue)")
    }

    /// The question text.
    package func question(_ question: DebriefQuestion) -> String {
        text("question.\(question.rawValue)")
    }

    /// The same book with every text passed through `rewrite` (the shell drops the "kith "
    /// of command hints).
    public func rewritten(_ rewrite: (String) -> String) -> PromptBook {
        var copy = self
        copy.texts = texts.mapValues(rewrite)
        return copy
    }
}
