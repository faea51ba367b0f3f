import ArgumentParser
import Foundation
import KithCore

/// `kith config`: the settings in effect and where each comes from.
struct ConfigCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in effect, where each comes from, and the configuration file's path.",
        discussion: """
            The configuration file is $KITH_CONFIG, else $XDG_CONFIG_HOME/kith/config.toml, else \
            ~/.config/kith/config.toml. Keys (version 1): version, language ("en" or "es"), \
            introductions ("both-ways" or "double-opt-in"); [tiers] default = "regular" and \
            [tiers.NAME] ideal/maximum (days); [tag-tiers] TAG = "TIER"; [sync] contacts, tasks, \
            tags, private, task-days. Precedence: --lang, then KITH_LANG, then the file, then the \
            locale. 'kith me intro-style' and 'kith tier --tag' write the file for you.
            """)

    @Flag(help: "Print the settings as JSON.")
    var json = false

    @Flag(help: "Print only the configuration file's path.")
    var path = false

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let file = session.configurationFile
        if path {
            session.say(file.url.path)
            return
        }
        // Loading the store moves settings an older kith kept there into the file first, so
        // what is shown is what applies. A store that cannot be read does not hide the settings.
        _ = try? session.loadedStore()
        let configuration = try session.configuration()
        let settings = EffectiveSettings(configuration: configuration, language: session.language(language.lang))
        if json {
            session.say(try JSONOutput.text(ConfigurationJSON(configuration, settings)))
            return
        }
        let prompts = try session.prompts(language.lang)
        let fileLine = prompts.text(
            configuration.exists ? "config.file" : "config.fileMissing", ["path": file.url.path])
        session.sayWrapped(SafeQuote.message(fileLine))
        let keyWidth = settings.entries.map(\.key.count).max() ?? 0
        let values = settings.entries.map { Self.shown($0.value) }
        let valueWidth = values.map(\.count).max() ?? 0
        for (entry, value) in zip(settings.entries, values) {
            let key = entry.key.padding(toLength: keyWidth, withPad: " ", startingAt: 0)
            let shown = value.padding(toLength: valueWidth, withPad: " ", startingAt: 0)
            session.say(SafeQuote.message("  \(key)  \(shown)  \(Self.origin(entry.origin, prompts))"))
        }
        if configuration.sync == nil { session.sayWrapped(prompts.text("config.noSync")) }
    }

    /// A value as the file would spell it.
    static func shown(_ value: TOMLLiteral) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let number): return "\(number)"
        case .strings(let texts): return "[" + texts.joined(separator: ", ") + "]"
        }
    }

    static func origin(_ origin: SettingOrigin, _ prompts: PromptBook) -> String {
        switch origin {
        case .flag(let name): return prompts.text("config.origin.flag", ["name": name])
        case .environment(let name): return prompts.text("config.origin.environment", ["name": name])
        case .file(let path, let line): return line.map { "\(path):\($0)" } ?? path
        case .locale(let name): return prompts.text("config.origin.locale", ["name": name])
        case .builtIn: return prompts.text("config.origin.builtIn")
        }
    }
}

/// `kith config --json`: the file and every setting with its value and source.
private struct ConfigurationJSON: Encodable {
    struct Setting: Encodable {
        let key: String
        let value: Value
        let source: String
        let name: String?
        let file: String?
        let line: Int?
    }

    enum Value: Encodable {
        case text(String)
        case number(Int)
        case list([String])

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .list(let texts): try container.encode(texts)
            }
        }
    }

    let file: String
    let exists: Bool
    let version: Int
    let settings: [Setting]

    init(_ configuration: KithConfiguration, _ effective: EffectiveSettings) {
        file = configuration.file.path
        exists = configuration.exists
        version = configuration.version
        settings = effective.entries.map { entry in
            let value: Value
            switch entry.value {
            case .string(let text): value = .text(text)
            case .integer(let number): value = .number(number)
            case .strings(let texts): value = .list(texts)
            }
            switch entry.origin {
            case .flag(let name):
                return Setting(key: entry.key, value: value, source: "flag", name: name, file: nil, line: nil)
            case .environment(let name):
                return Setting(key: entry.key, value: value, source: "environment", name: name, file: nil, line: nil)
            case .file(let path, let line):
                return Setting(key: entry.key, value: value, source: "file", name: nil, file: path, line: line)
            case .locale(let name):
                return Setting(key: entry.key, value: value, source: "locale", name: name, file: nil, line: nil)
            case .builtIn:
                return Setting(key: entry.key, value: value, source: "default", name: nil, file: nil, line: nil)
            }
        }
    }
}
