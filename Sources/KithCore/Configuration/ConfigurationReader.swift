import Foundation
import TOMLKit

/// Reads the text of `config.toml` into a `KithConfiguration`, checking every key against
/// schema version 1; the first problem, in file order, is thrown with its line and key.
struct ConfigurationReader {
    let file: URL
    /// The home folder `~` stands for in folder paths.
    let home: String

    func read(_ text: String) throws -> KithConfiguration {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(
                path: file.path, line: error.source.begin.line, problem: .syntax(detail: error.description))
        }
        var walk = ConfigurationWalk(file: file, home: home, keyLines: TOMLKeyLines(text))
        return try walk.read(root)
    }
}

/// One pass over a parsed file: checks each table and fills in the configuration.
private struct ConfigurationWalk {
    let file: URL
    let home: String
    let keyLines: TOMLKeyLines
    var configuration: KithConfiguration
    /// `[tag-tiers]` in file order, the tags as written, for errors.
    private var tagTiersAsWritten: [(String, String)] = []

    init(file: URL, home: String, keyLines: TOMLKeyLines) {
        self.file = file
        self.home = home
        self.keyLines = keyLines
        configuration = KithConfiguration(file: file, exists: true)
    }

    mutating func read(_ root: TOMLTable) throws -> KithConfiguration {
        if let version = root["version"] {
            let number = try integer(version, ["version"], in: 1...Int.max)
            guard number <= KithConfiguration.currentVersion else {
                throw problem(["version"], .newerVersion(found: number, supported: KithConfiguration.currentVersion))
            }
            configuration.version = number
            note(["version"])
        }
        for key in ordered(root, []) {
            guard let value = root[key] else { continue }
            switch key {
            case "version": break
            case "language":
                let name = try string(value, [key], allowed: PromptBook.Language.allCases.map(\.rawValue))
                configuration.language = PromptBook.Language(rawValue: name)
            case "introductions":
                let name = try string(value, [key], allowed: IntroductionStyle.allCases.map(\.configName))
                configuration.introductionStyle = IntroductionStyle(configName: name)
            case "tiers": try readTiers(try table(value, [key]))
            case "tag-tiers": try readTagTiers(try table(value, [key]))
            case "sync": try readSync(try table(value, [key]))
            default: throw problem([key], .unknownKey)
            }
            note([key])
        }
        try checkTierNames()
        return configuration
    }

    // MARK: Coach settings

    private mutating func readTiers(_ tiers: TOMLTable) throws {
        for name in ordered(tiers, ["tiers"]) {
            guard let value = tiers[name] else { continue }
            let path = ["tiers", name]
            note(path)
            if name == "default" {
                configuration.defaultTier = try string(value, path)
                continue
            }
            let table = try self.table(value, path)
            let builtIn = CadenceTier.defaults[name]
            var ideal = builtIn?.idealDays
            var maximum = builtIn?.maximumDays
            for key in ordered(table, path) {
                guard let field = table[key] else { continue }
                note(path + [key])
                switch key {
                case "ideal": ideal = try integer(field, path + [key], in: 1...36500)
                case "maximum": maximum = try integer(field, path + [key], in: 1...36500)
                default: throw problem(path + [key], .unknownKey)
                }
            }
            guard let ideal else { throw problem(path + ["ideal"], .missingKey) }
            guard let maximum else { throw problem(path + ["maximum"], .missingKey) }
            guard maximum >= ideal else {
                // Named on the line of the value the file gives (the other may be built in).
                let line = keyLines.line(of: path + [table["maximum"] == nil ? "ideal" : "maximum"])
                throw ConfigurationError(
                    path: file.path, line: line, key: TOMLText.path(path + ["maximum"]),
                    problem: .maximumBelowIdeal(ideal: ideal, maximum: maximum))
            }
            configuration.cadenceTiers[name] = CadenceTier(idealDays: ideal, maximumDays: maximum)
        }
    }

    private mutating func readTagTiers(_ table: TOMLTable) throws {
        for tag in ordered(table, ["tag-tiers"]) {
            guard let value = table[tag] else { continue }
            note(["tag-tiers", tag])
            let tier = try string(value, ["tag-tiers", tag])
            configuration.tagTiers[TextFolding.fold(tag)] = tier
            configuration.tagsAsWritten[TextFolding.fold(tag)] = tag
            tagTiersAsWritten.append((tag, tier))
        }
    }

    /// The default tier and every tag's tier must be a tier kith knows.
    private func checkTierNames() throws {
        let known = CadenceTier.defaults.merging(configuration.cadenceTiers) { _, user in user }.keys.sorted()
        if let name = configuration.defaultTier, !known.contains(name) {
            throw problem(["tiers", "default"], .notAllowed(value: name, allowed: known))
        }
        for (tag, name) in tagTiersAsWritten where !known.contains(name) {
            throw problem(["tag-tiers", tag], .notAllowed(value: name, allowed: known))
        }
    }

    // MARK: Sync

    private mutating func readSync(_ table: TOMLTable) throws {
        var contacts: String?
        var settings = SyncSettings(contactsFolder: "")
        for key in ordered(table, ["sync"]) {
            guard let value = table[key] else { continue }
            let path = ["sync", key]
            note(path)
            switch key {
            case "contacts": contacts = try folder(value, path)
            case "tasks": settings.tasksFolder = try folder(value, path)
            case "tags": settings.tags = try strings(value, path, allowed: nil)
            case "private": settings.privateFields = try strings(value, path, allowed: SyncSettings.privatableFields)
            case "task-days": settings.taskDays = try integer(value, path, in: 1...366)
            default: throw problem(path, .unknownKey)
            }
        }
        guard let contacts else { throw problem(["sync", "contacts"], .missingKey) }
        settings.contactsFolder = contacts
        configuration.sync = settings
    }

    /// A folder path: `~` expanded, a relative path taken from the configuration file's folder.
    private func folder(_ value: TOMLValueConvertible, _ path: [String]) throws -> String {
        let text = try string(value, path)
        guard !text.isEmpty else { throw problem(path, .notAllowed(value: text, allowed: [])) }
        return ConfigurationPaths.expand(text, home: home, relativeTo: file.deletingLastPathComponent())
    }

    // MARK: Values

    private func string(_ value: TOMLValueConvertible, _ path: [String], allowed: [String]? = nil) throws -> String {
        guard let text = value.string else { throw wrongType(value, path, expected: .string) }
        if let allowed, !allowed.contains(text) { throw problem(path, .notAllowed(value: text, allowed: allowed)) }
        return text
    }

    private func integer(_ value: TOMLValueConvertible, _ path: [String], in range: ClosedRange<Int>) throws -> Int {
        guard value.type == .int, let number = value.int else { throw wrongType(value, path, expected: .integer) }
        guard range.contains(number) else {
            throw problem(path, .outOfRange(value: number, minimum: range.lowerBound, maximum: range.upperBound))
        }
        return number
    }

    private func strings(_ value: TOMLValueConvertible, _ path: [String], allowed: [String]?) throws -> [String] {
        guard let array = value.array else { throw wrongType(value, path, expected: .stringArray) }
        var result: [String] = []
        for element in array {
            guard let text = element.string else { throw wrongType(element, path, expected: .stringArray) }
            if let allowed, !allowed.contains(text) { throw problem(path, .notAllowed(value: text, allowed: allowed)) }
            result.append(text)
        }
        return result
    }

    private func table(_ value: TOMLValueConvertible, _ path: [String]) throws -> TOMLTable {
        guard let table = value.table else { throw wrongType(value, path, expected: .table) }
        return table
    }

    // MARK: Where

    /// A table's keys in the order the file gives them, so the first problem reported is the
    /// first one in the file.
    private func ordered(_ table: TOMLTable, _ path: [String]) -> [String] {
        func place(_ key: String) -> (Int, String) { (keyLines.line(of: path + [key]) ?? .max, key) }
        return table.keys.sorted { place($0) < place($1) }
    }

    private mutating func note(_ path: [String]) {
        if let line = keyLines.line(of: path) { configuration.lines[TOMLText.path(path)] = line }
    }

    private func problem(_ path: [String], _ problem: ConfigurationError.Problem) -> ConfigurationError {
        ConfigurationError(path: file.path, line: keyLines.line(of: path), key: TOMLText.path(path), problem: problem)
    }

    private func wrongType(
        _ value: TOMLValueConvertible, _ path: [String], expected: ConfigurationValueKind
    ) -> ConfigurationError {
        problem(path, .wrongType(expected: expected, found: Self.kind(of: value)))
    }

    static func kind(of value: TOMLValueConvertible) -> ConfigurationValueKind {
        switch value.type {
        case .table: return .table
        case .array: return .array
        case .string: return .string
        case .int: return .integer
        case .double: return .float
        case .bool: return .boolean
        case .date, .time, .dateTime: return .dateTime
        }
    }
}
