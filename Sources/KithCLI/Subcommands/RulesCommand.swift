import ArgumentParser
import Foundation
import KithCore

/// `kith rules`: the coaching rules in force and where each comes from; `kith rules check`
/// validates a rules file.
struct RulesCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the coaching rules in force; 'rules check' validates a rules file.",
        discussion: """
            kith reads its shipped rules (data/rules.json), then rules.json in your data folder, \
            which adds rules or overrides shipped ones by id, field by field ("enabled": false \
            turns one off). Problems are printed as warnings; a broken rule is left out and the \
            others keep working.
            """,
        subcommands: [RulesCheckCommand.self])

    func run(in session: Session) throws {
        let coach = try session.coach()
        let load = coach.rules()
        session.warnAbout(load.problems)
        let rules = load.rules.rules
        guard !rules.isEmpty else {
            session.say("No rules are in force.")
            return
        }
        let userFile = coach.files.userRules.path
        let idWidth = rules.map(\.id.count).max() ?? 0
        func row(_ id: String, _ priority: String, _ cooldown: String, _ from: String, _ title: String) -> String {
            id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                + priority.padding(toLength: 10, withPad: " ", startingAt: 0)
                + cooldown.padding(toLength: 10, withPad: " ", startingAt: 0)
                + from.padding(toLength: 9, withPad: " ", startingAt: 0) + title
        }
        session.say(row("ID", "PRIORITY", "COOLDOWN", "FROM", "TITLE"))
        for rule in rules {
            session.say(
                row(
                    rule.id, String(rule.priority), "\(rule.cooldownDays)d",
                    rule.source == userFile ? "yours" : "shipped", rule.title))
        }
        let fromUser = rules.filter { $0.source == userFile }.count
        session.say(
            "\(rules.count) rules: \(rules.count - fromUser) shipped (\(coach.files.shippedRules.path))"
                + (FileManager.default.fileExists(atPath: userFile)
                    ? ", \(fromUser) yours (\(userFile))" : "; add or override rules in \(userFile)"))
    }
}

/// `kith rules check [FILE]`: every problem in a rules file, naming the file, rule and field.
struct RulesCheckCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a rules file; exit status 1 when it has problems.",
        discussion: "Without FILE, checks rules.json in your data folder, or the shipped rules when you have none.")

    @Argument(help: "The rules file to check.", completion: .file())
    var file: String?

    func run(in session: Session) throws {
        let files = CoachFiles(shippedData: session.share.data, location: session.location)
        let url: URL
        if let file {
            url = session.file(file)
        } else {
            url = files.rulesToCheck
        }
        let problems = RuleLoader.validate(file: url, shippedFile: files.shippedRules)
        if problems.isEmpty {
            session.say("OK: \(RuleLoader.ruleCount(url)) rules in \(url.path)")
            return
        }
        let prompts = try? session.prompts(nil)
        for problem in problems { session.say(FileProblemText.text(problem, prompts)) }
        session.say("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(url.path)")
        throw ExitCode(1)
    }
}
