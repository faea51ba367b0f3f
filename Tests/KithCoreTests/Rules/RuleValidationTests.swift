import Foundation
import Testing

@testable import KithCore

@Suite("Rule validation")
struct RuleValidationTests {
    typealias F = RuleFixtures

    static func file(_ rule: String) -> String {
        #"{"schemaVersion": 1, "rules": [\#(rule)]}"#
    }

    static func rule(
        id: String = "mine", conditions: String = #"{"all": []}"#, action: String = "Call {name}",
        priority: String = "10", extra: String = ""
    ) -> String {
        #"{"id": "\#(id)", "title": "T", "idea": "I", "appliesTo": "contact", "conditions": \#(conditions), "action": "\#(action)", "priority": \#(priority), "cooldownDays": 3\#(extra)}"#
    }

    @Test func aMissingShippedFileIsAProblemAndTheUsersRulesStillLoad() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/data/rules.json")
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).json")
        try Data(Self.file(Self.rule()).utf8).write(to: user)
        let load = RuleLoader.load(shippedFile: missing, userFile: user)
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.description.contains("/nonexistent/data/rules.json") == true)
        #expect(load.rules.rules.map(\.id) == ["mine"])
    }

    @Test func shippedRulesAreValid() throws {
        #expect(RuleLoader.load(defaults: F.shippedDefaults, user: nil).problems.isEmpty)
        #expect(try F.shippedRules().rules.count == 14)
        #expect(RuleLoader.validate(file: F.rulesFileURL, shippedFile: F.rulesFileURL).isEmpty)
    }

    @Test func unknownFactNamesFileRuleAndField() {
        let problems = F.problems(
            Self.file(Self.rule(conditions: #"{"all": [{"fact": "mealCont", "operator": "equals", "value": 0}]}"#)))
        #expect(problems.count == 1)
        let p = problems[0]
        #expect(p.file == "my-rules.json" && p.ruleID == "mine" && p.field == "conditions.all[0].fact")
        #expect(p.description.contains("unknown fact 'mealCont'"))
        #expect(p.description.hasPrefix("my-rules.json: rule 'mine' (rule 1), field conditions.all[0].fact"))
    }

    @Test func unknownOperator() {
        let problems = F.problems(
            Self.file(Self.rule(conditions: #"{"not": {"fact": "mealCount", "operator": "greaterThen", "value": 0}}"#)))
        #expect(problems.map(\.field) == ["conditions.not.operator"])
        #expect(problems.first?.ruleID == "mine")
        #expect(problems.first?.message.contains("unknown operator 'greaterThen'") == true)
    }

    @Test func badPlaceholders() {
        for action in ["Call {nmae}", "Call {name", "Call name}"] {
            let problems = F.problems(Self.file(Self.rule(action: action)))
            #expect(problems.map(\.field) == ["action"], "\(action)")
            #expect(problems.first?.ruleID == "mine")
        }
        #expect(
            F.problems(Self.file(Self.rule(action: "Call {other}"))).first?.message.contains(
                "unknown placeholder {other}") == true)
    }

    @Test func wrongTypes() {
        let priority = F.problems(Self.file(Self.rule(priority: #""high""#)))
        #expect(priority.map(\.field) == ["priority"])
        #expect(priority.first?.message == "expected a whole number, found the text \"high\"")
        let value = F.problems(
            Self.file(Self.rule(conditions: #"{"fact": "mealCount", "operator": "atLeast", "value": "two"}"#)))
        #expect(value.map(\.field) == ["conditions.value"])
        let opType = F.problems(
            Self.file(Self.rule(conditions: #"{"fact": "name", "operator": "atLeast", "value": 2}"#)))
        #expect(opType.map(\.field) == ["conditions.operator"])
        let regex = F.problems(
            Self.file(Self.rule(conditions: #"{"fact": "role", "operator": "matches", "value": "(unclosed"}"#)))
        #expect(regex.map(\.field) == ["conditions.value"])
        let typo = F.problems(Self.file(Self.rule(extra: #", "conditons": {}"#)))
        #expect(typo.map(\.field) == ["conditons"])
    }

    @Test func newerSchemaIsRefusedAndDefaultsKeepWorking() {
        let load = RuleLoader.load(
            defaults: F.shippedDefaults, user: (Data(#"{"schemaVersion": 2, "rules": []}"#.utf8), "my-rules.json"))
        #expect(load.problems.count == 1)
        #expect(
            load.problems[0].file == "my-rules.json" && load.problems[0].field == "schemaVersion"
                && load.problems[0].ruleID == nil)
        #expect(load.problems[0].fileProblem?.message == .newerVersion(.rules, found: 2, newest: 1))
        #expect(load.rules.rules.count == 14)
    }

    @Test func badJSONSaysWhere() {
        let problems = F.problems("{\n  \"schemaVersion\": 1,\n  \"rules\": [,]\n}")
        #expect(problems.count == 1)
        #expect(problems[0].message.contains("line 3"))
    }

    @Test func oneBadRuleLeavesTheOthersWorking() {
        let json =
            #"{"schemaVersion": 1, "rules": [\#(Self.rule(id: "good")), \#(Self.rule(id: "bad", action: "{x}"))]}"#
        let load = RuleLoader.load(defaults: F.shippedDefaults, user: (Data(json.utf8), "my-rules.json"))
        #expect(load.problems.map(\.ruleID) == ["bad"])
        #expect(load.rules["good"] != nil && load.rules["bad"] == nil)
        #expect(load.rules["share-a-meal"] != nil)
    }

    @Test func userRulesOverrideDefaultsByIDFieldByField() {
        let json =
            #"{"schemaVersion": 1, "rules": [{"id": "share-a-meal", "priority": 99, "action": "Take {name} out for coffee."}, {"id": "birthday", "enabled": false}]}"#
        let load = RuleLoader.load(defaults: F.shippedDefaults, user: (Data(json.utf8), "my-rules.json"))
        #expect(load.problems.isEmpty)
        #expect(load.rules["share-a-meal"]?.priority == 99)
        #expect(load.rules["share-a-meal"]?.title == "Share a meal")
        #expect(load.rules["birthday"] == nil)
        let net = Network(contacts: [F.contact("a", "Ana", interactions: [(-20, .met), (-10, .call)])])
        let found = F.run(net, RuleSet(rules: load.rules.rules.filter { $0.id == "share-a-meal" }))
        #expect(found.map(\.text) == ["Take Ana out for coffee."])
    }

    @Test func badOverrideIsReportedAgainstTheUserFileAndFallsBack() {
        let json = #"{"schemaVersion": 1, "rules": [{"id": "share-a-meal", "priority": "urgent"}]}"#
        let load = RuleLoader.load(defaults: F.shippedDefaults, user: (Data(json.utf8), "my-rules.json"))
        #expect(
            load.problems.map(\.description) == [
                "my-rules.json: rule 'share-a-meal' (rule 1), field priority: expected a whole number, found the text \"urgent\""
            ])
        #expect(load.rules["share-a-meal"]?.priority == 50)
    }

    @Test func validateFileReadsFromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kith-rules-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(Self.file(Self.rule(action: "{bad}")).utf8).write(to: url)
        let problems = RuleLoader.validate(file: url, shippedFile: F.rulesFileURL)
        #expect(problems.map(\.file) == [url.path])
        let missing = RuleLoader.validate(file: url.appendingPathExtension("missing"), shippedFile: F.rulesFileURL)
        #expect(missing.count == 1 && missing[0].message.contains("cannot read"))
    }
}

/// A user's rules file written before rules named their generators still loads as it did.
@Suite("Rules files without generators")
struct RulesWithoutGeneratorTests {
    @Test func contactRulesAndOverridesOfShippedRulesLoadWithoutNamingAGenerator() throws {
        let user = #"""
            {"schemaVersion": 1, "rules": [
              {"id": "reconnect", "priority": 99},
              {"id": "golf-buddies", "title": "Golf", "description": "d", "idea": "i", "appliesTo": "contact",
               "conditions": {"fact": "tags", "operator": "contains", "value": "golf"},
               "action": "Ask {name} for a round ({tier}).", "priority": 5, "cooldownDays": 7, "logAs": "message"}]}
            """#
        let load = RuleLoader.load(defaults: RuleFixtures.shippedDefaults, user: (Data(user.utf8), "my-rules.json"))
        #expect(load.problems.isEmpty, "\(load.problems)")
        #expect(load.rules["reconnect"]?.generator == .reconnect)
        #expect(load.rules["reconnect"]?.priority == 99)
        #expect(load.rules["golf-buddies"]?.generator == .eachContact)
        var golfer = RuleFixtures.contact("g", "Gil")
        golfer.tags = ["golf"]
        var network = Network()
        network.contacts = [golfer]
        let texts = RuleFixtures.run(network, RuleSet(rules: load.rules.rules.filter { $0.id == "golf-buddies" })).map(
            \.text)
        #expect(texts == ["Ask Gil for a round (regular)."])
    }
}
