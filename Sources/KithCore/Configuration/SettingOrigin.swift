/// Where a setting in effect comes from, highest precedence first.
package enum SettingOrigin: Hashable, Sendable {
    /// A command-line option (`--lang`).
    case flag(String)
    /// One of kith's environment variables (`KITH_LANG`).
    case environment(String)
    /// The configuration file, at a line.
    case file(path: String, line: Int?)
    /// The locale's variable (`LANG`, `LC_ALL`, `LC_MESSAGES`).
    case locale(String)
    /// kith's built-in value.
    case builtIn
}

/// The language kith speaks: `--lang`, else `KITH_LANG`, else the configuration file's
/// `language`, else the locale; a locale never overrides a language the file sets.
package enum LanguageChoice {
    package static func resolve(
        flag: PromptBook.Language?, environment: [String: String], configuration: KithConfiguration?
    ) -> (language: PromptBook.Language, origin: SettingOrigin) {
        if let flag { return (flag, .flag("--lang")) }
        if let chosen = environment["KITH_LANG"].flatMap({ PromptBook.Language(rawValue: $0.lowercased()) }) {
            return (chosen, .environment("KITH_LANG"))
        }
        if let configuration, let language = configuration.language {
            return (language, .file(path: configuration.file.path, line: configuration.line(of: ["language"])))
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return (value.lowercased().hasPrefix("es") ? .es : .en, .locale(key))
            }
        }
        return (.en, .builtIn)
    }
}
