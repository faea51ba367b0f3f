extension Store {
    /// Moves the coach settings out of the store, once: under the lock, on the latest version,
    /// `move` gets the settings the file holds (when any differ from the defaults) and keeps
    /// them elsewhere; only when it returns is the store saved without them. Returns false when
    /// there was nothing to move.
    @discardableResult
    public func moveSettingsOut(_ move: (NetworkSettings) throws -> Void) throws -> Bool {
        try locked { _ in
            guard !storedSettings.isDefault else { return false }
            try move(storedSettings)
            var changed = network
            if externalSettings == nil { changed.settings = NetworkSettings() }
            let previous = storedSettings
            storedSettings = NetworkSettings()
            do {
                try save(changed)
            } catch {
                storedSettings = previous
                throw error
            }
            return true
        }
    }
}
