import Foundation

/// Where the configuration file is, and how folder paths written in it are read.
package enum ConfigurationPaths {
    /// `$KITH_CONFIG` when set, else `$XDG_CONFIG_HOME/kith/config.toml`, else
    /// `~/.config/kith/config.toml`.
    package static func file(environment: [String: String]) -> URL {
        let home = self.home(environment)
        if let path = environment["KITH_CONFIG"], !path.isEmpty {
            return URL(fileURLWithPath: expand(path, home: home, relativeTo: nil)).standardizedFileURL
        }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("kith/config.toml")
                .standardizedFileURL
        }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config/kith/config.toml")
            .standardizedFileURL
    }

    /// The user's home folder: `$HOME`, else the system's idea of it.
    package static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `path` with a leading `~` or `~/` replaced by `home`; a relative result is taken from
    /// `folder` (the current directory when nil).
    static func expand(_ path: String, home: String, relativeTo folder: URL?) -> String {
        var expanded = path
        if path == "~" {
            expanded = home
        } else if path.hasPrefix("~/") {
            expanded = home + "/" + path.dropFirst(2)
        }
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
        let base = folder ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return base.appendingPathComponent(expanded).standardizedFileURL.path
    }
}
