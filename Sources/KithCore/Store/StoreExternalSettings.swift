extension Store {
    /// True when the store file holds coach settings that belong in the configuration file.
    public var holdsMovableSettings: Bool { storedSettings != Self.unmovable(storedSettings) }

    /// What stays in the store: only fields a newer kith wrote, which this one cannot place.
    private static func unmovable(_ settings: NetworkSettings) -> NetworkSettings {
        var kept = NetworkSettings()
        kept.unknownFields = settings.unknownFields
        return kept
    }

    /// Moves the coach settings out of the store, once: under the lock, on the latest version,
    /// `move` gets the settings the file holds (when any differ from the defaults) and keeps
    /// them elsewhere; only when it returns is the store saved without them. Returns false when
    /// there was nothing to move.
    @discardableResult
    public func moveSettingsOut(_ move: (NetworkSettings) throws -> Void) throws -> Bool {
        try locked { _ in
            guard holdsMovableSettings else { return false }
            try move(storedSettings)
            var changed = network
            let previous = storedSettings
            if externalSettings == nil { changed.settings = Self.unmovable(previous) }
            storedSettings = Self.unmovable(previous)
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
