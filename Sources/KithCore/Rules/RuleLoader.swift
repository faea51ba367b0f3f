import Foundation

/// Reads rules files: the shipped defaults (`data/rules.json`), then the user's `rules.json`, which adds rules or
/// overrides defaults by id (field by field). Problems are collected, never thrown: a bad rule
/// is left out (an override that is bad falls back to the default) and the others keep working.
public enum RuleLoader {
    /// The shipped rules at `shippedFile` plus the user's file at `userFile` (a missing user file
    /// adds nothing). A shipped file that cannot be read is a problem naming it; the user's
    /// rules still load.
    package static func load(shippedFile: URL, userFile: URL?) -> RuleLoad {
        var problems: [RuleProblem] = []
        func read(_ url: URL) -> (Data, String)? {
            do {
                return (try Data(contentsOf: url), url.path)
            } catch {
                problems.append(
                    RuleProblem(
                        file: url.path, ruleID: nil, ruleNumber: nil, field: "",
                        message: "cannot read the file: \(error.localizedDescription)"))
                return nil
            }
        }
        let shipped = read(shippedFile) ?? (Data(#"{"schemaVersion": 1, "rules": []}"#.utf8), shippedFile.path)
        let user = userFile.flatMap { FileManager.default.fileExists(atPath: $0.path) ? read($0) : nil }
        var result = load(defaults: shipped, user: user)
        result.problems = problems + result.problems
        return result
    }

    /// How many entries the file's `rules` list has (0 when it cannot be read).
    public static func ruleCount(_ url: URL) -> Int {
        guard let data = FileManager.default.contents(atPath: url.path),
            case .object(let top)? = try? JSONDecoder().decode(JSONValue.self, from: data),
            case .array(let rules)? = top["rules"]
        else { return 0 }
        return rules.count
    }

    /// The shipped rules' contents plus the user's rules file contents, each with its name.
    package static func load(defaults: (Data, String), user: (Data, String)?) -> RuleLoad {
        var problems: [RuleProblem] = []
        let base = RawRuleFile.read(defaults.0, name: defaults.1, problems: &problems)
        var merged: [(id: String, object: [String: JSONValue], origins: [String: String], number: Int, file: String)] =
            []
        var positions: [String: Int] = [:]
        for entry in base {
            positions[entry.id] = merged.count
            merged.append((entry.id, entry.object, [:], entry.number, defaults.1))
        }
        var fallbacks: [String: [String: JSONValue]] = [:]
        if let user {
            for entry in RawRuleFile.read(user.0, name: user.1, problems: &problems) {
                if let at = positions[entry.id] {
                    fallbacks[entry.id] = merged[at].object
                    var origins = merged[at].origins
                    for (key, value) in entry.object {
                        merged[at].object[key] = value
                        origins[key] = user.1
                    }
                    merged[at].origins = origins
                    merged[at].number = entry.number
                    merged[at].file = user.1
                } else {
                    positions[entry.id] = merged.count
                    merged.append((entry.id, entry.object, [:], entry.number, user.1))
                }
            }
        }
        var rules: [Rule] = []
        for entry in merged {
            var parser = RuleParser(file: entry.file, ruleNumber: entry.number, fieldOrigins: entry.origins)
            var rule = parser.parse(entry.object)
            problems += parser.problems
            if rule == nil, let fallback = fallbacks[entry.id] {
                var again = RuleParser(file: defaults.1, ruleNumber: nil)
                rule = again.parse(fallback)
            }
            let enabled = entry.object["enabled"] != .bool(false)
            if let rule, enabled { rules.append(rule) }
        }
        return RuleLoad(rules: RuleSet(rules: rules), problems: problems)
    }

    /// Checks one rules file as the user's file over the shipped rules (`kith rules check`):
    /// only the problems of `file` are returned.
    public static func validate(file: URL, shippedFile: URL) -> [RuleProblem] {
        do {
            let user = (try Data(contentsOf: file), file.path)
            let shipped =
                (try? Data(contentsOf: shippedFile)).map { ($0, shippedFile.path) }
                ?? (Data(#"{"schemaVersion": 1, "rules": []}"#.utf8), shippedFile.path)
            return load(defaults: shipped, user: user).problems.filter { $0.file == file.path }
        } catch {
            return [
                RuleProblem(
                    file: file.path, ruleID: nil, ruleNumber: nil, field: "",
                    message: "cannot read the file: \(error.localizedDescription)")
            ]
        }
    }
}

/// The rule objects of one rules file, before validation.
enum RawRuleFile {
    struct Entry {
        let id: String
        let object: [String: JSONValue]
        let number: Int
    }

    static func read(_ data: Data, name: String, problems: inout [RuleProblem]) -> [Entry] {
        func fileProblem(_ field: String, _ message: String) {
            problems.append(RuleProblem(file: name, ruleID: nil, ruleNumber: nil, field: field, message: message))
        }
        if let syntax = JSONSyntaxLocator.firstProblem(in: data) {
            fileProblem("", "invalid JSON at \(syntax)")
            return []
        }
        guard case .object(let top)? = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            fileProblem("", "expected an object with 'schemaVersion' and 'rules'")
            return []
        }
        guard case .number(let version)? = top["schemaVersion"], version.rounded() == version else {
            fileProblem("schemaVersion", "the whole number 'schemaVersion' is missing")
            return []
        }
        do {
            try VersionedDocument.rules.check(Int(version), in: name)
        } catch {
            problems.append(RuleProblem(error))
            return []
        }
        guard case .array(let items)? = top["rules"] else {
            fileProblem("rules", "expected a list of rules")
            return []
        }
        var entries: [Entry] = []
        var seen: Set<String> = []
        for (i, item) in items.enumerated() {
            guard case .object(let object) = item else {
                problems.append(
                    RuleProblem(
                        file: name, ruleID: nil, ruleNumber: i + 1, field: "",
                        message: "expected a rule object, found \(RuleParser.kind(item))"))
                continue
            }
            guard case .string(let id)? = object["id"], !id.isEmpty else {
                problems.append(
                    RuleProblem(
                        file: name, ruleID: nil, ruleNumber: i + 1, field: "id",
                        message: "every rule needs an 'id' text"))
                continue
            }
            guard seen.insert(id).inserted else {
                problems.append(
                    RuleProblem(
                        file: name, ruleID: id, ruleNumber: i + 1, field: "id",
                        message: "the id is used by an earlier rule in the same file"))
                continue
            }
            entries.append(Entry(id: id, object: object, number: i + 1))
        }
        return entries
    }
}
