import KithCore

extension Session {
    /// kith's configuration file for this session's environment (it may not exist).
    var configurationFile: ConfigurationFile { ConfigurationFile(environment: environment) }

    /// The configuration file as it is now; a file that cannot be read or is not valid is a
    /// `CommandError` naming the file, line and key, in the user's language.
    func configuration() throws -> KithConfiguration {
        try reportingConfigurationErrors { try configurationFile.load() }
    }

    /// The `[sync]` table, or nil when the configuration file has none.
    func syncSettings() throws -> SyncSettings? {
        try configuration().sync
    }

    /// The language to speak: `flag`, else the shell's `--lang`, else `KITH_LANG`, else the
    /// configuration file's, else the locale's. A broken file is skipped here (commands that
    /// load the store report it).
    func language(_ flag: PromptBook.Language?) -> (language: PromptBook.Language, origin: SettingOrigin) {
        LanguageChoice.resolve(
            flag: flag ?? preferredLanguage, environment: environment, configuration: try? configurationFile.load())
    }

    /// Changes the configuration file (never one that is not valid) and makes the store use
    /// what it now says.
    @discardableResult
    func changeConfiguration(_ edits: [ConfigurationEdit]) throws -> KithConfiguration {
        // Under the store's lock, so two kith processes changing the file never lose an edit.
        try location.createFolder()
        let lock = try StoreLock(url: location.lockFile)
        let configuration = try reportingConfigurationErrors { try configurationFile.apply(edits) }
        lock.unlock()
        if let store = try? loadedStore() { store.externalSettings = configuration.settings }
        return configuration
    }

    /// Makes `store` use the coach settings of the configuration file. The first time, settings
    /// an older kith kept in the store move into the file (what the file already sets wins), and
    /// a line on standard error says where they went.
    func attachConfiguration(to store: Store) throws {
        if store.onSettingsChange == nil {
            store.onSettingsChange = { [weak self] old, new in try self?.keepInConfigurationFile(old, new) }
        }
        var configuration = try self.configuration()
        if store.holdsMovableSettings {
            let file = configurationFile
            let prompts = configurationPrompts
            do {
                let moved = try store.moveSettingsOut { stored in
                    let edits = SettingsMigration.edits(moving: stored, into: configuration)
                    if !edits.isEmpty { configuration = try file.apply(edits) }
                }
                if moved { warn(prompts?.text("config.migrated", ["path": file.url.path]) ?? file.url.path) }
            } catch {
                let reason =
                    (error as? ConfigurationError).flatMap { problem in
                        prompts.map { ConfigurationErrorText.message(problem, $0) }
                    } ?? "\(error)"
                warn(prompts?.text("config.migrationFailed", ["path": file.url.path, "reason": reason]) ?? reason)
                store.externalSettings = configuration.settings(over: store.storedSettings)
                return
            }
        }
        store.externalSettings = configuration.settings
    }

    /// Writes a change of the coach settings made through the store (`kith tier --tag`,
    /// `kith me intro-style`, `kith undo`, a restored backup) into the configuration file.
    private func keepInConfigurationFile(_ old: NetworkSettings, _ new: NetworkSettings) throws {
        try reportingConfigurationErrors {
            let file = configurationFile
            let edits = SettingsMigration.edits(changing: old, to: new, in: try file.load())
            if !edits.isEmpty { try file.apply(edits) }
        }
    }

    /// The prompts to word configuration messages with, in the language `language(nil)` picks.
    private var configurationPrompts: PromptBook? {
        try? PromptBook(language: language(nil).language, promptsFolder: share.prompts)
    }

    private func reportingConfigurationErrors<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as ConfigurationError {
            guard let prompts = configurationPrompts else { throw error }
            throw CommandError(ConfigurationErrorText.message(error, prompts))
        }
    }
}
