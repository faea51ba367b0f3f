/// Turns one rule object from a rules file into a `Rule`, collecting every problem found.
struct RuleParser {
    let file: String
    let ruleNumber: Int?
    /// Which file each top-level field came from, when a user rule overrides a default.
    let fieldOrigins: [String: String]
    var problems: [RuleProblem] = []
    private var ruleID: String?

    static let knownFields: Set<String> = [
        "id", "title", "description", "idea", "appliesTo", "generator", "conditions", "action", "steps",
        "priority", "cooldownDays", "logAs", "limit", "enabled", "minConfidence",
    ]

    init(file: String, ruleNumber: Int?, fieldOrigins: [String: String] = [:]) {
        self.file = file
        self.ruleNumber = ruleNumber
        self.fieldOrigins = fieldOrigins
    }

    mutating func fail(_ field: String, _ message: String) {
        let root = String(field.prefix { $0 != "." && $0 != "[" })
        problems.append(
            RuleProblem(
                file: fieldOrigins[root] ?? file, ruleID: ruleID, ruleNumber: ruleNumber,
                field: field, message: message))
    }

    /// The rule, or nil when a problem was found (see `problems`).
    mutating func parse(_ object: [String: JSONValue]) -> Rule? {
        guard case .string(let id)? = object["id"], !id.isEmpty else {
            fail("id", "every rule needs an 'id' text")
            return nil
        }
        ruleID = id
        for key in object.keys.sorted() where !Self.knownFields.contains(key) {
            fail(key, "unknown field '\(key)'; known fields: \(Self.knownFields.sorted().joined(separator: ", "))")
        }
        let title = text(object, "title")
        let description = text(object, "description", required: false) ?? ""
        let idea = text(object, "idea")
        let subjectText = text(object, "appliesTo")
        let subject = subjectText.flatMap { RuleSubject(rawValue: $0) }
        if let subjectText, subject == nil {
            fail("appliesTo", "'\(subjectText)' is not one of: contact, pair, me")
        }
        var generator = subject.flatMap { RuleGenerator.defaultFor($0) }
        if let name = text(object, "generator", required: false) {
            if let known = RuleGenerator(rawValue: name) {
                if let subject, known.subject != subject {
                    fail(
                        "generator",
                        "generator '\(name)' is for '\(known.subject.rawValue)' rules, not '\(subject.rawValue)'")
                }
                generator = known
            } else {
                let names = RuleGenerator.allCases.map(\.rawValue).joined(separator: ", ")
                fail("generator", "unknown generator '\(name)'; known: \(names)")
                return nil
            }
        } else if let subject, generator == nil {
            let names = RuleGenerator.allCases.filter { $0.subject == subject }.map(\.rawValue).joined(separator: ", ")
            fail("generator", "a '\(subject.rawValue)' rule must name its generator: \(names)")
        }
        let priority = integer(object, "priority")
        let cooldown = integer(object, "cooldownDays", minimum: 0)
        let limit = integer(object, "limit", required: false, minimum: 1) ?? 3
        let minConfidence = fraction(object, "minConfidence")
        let logAs = text(object, "logAs", required: false) ?? "follow-up"
        if let enabled = object["enabled"], case .bool = enabled {
        } else if object["enabled"] != nil {
            fail("enabled", "expected true or false")
        }
        guard let generator else { return nil }
        let actionTemplate = template(object, "action", generator: generator)
        var steps: IntroductionSteps?
        if let stepsValue = object["steps"] {
            if generator != .needSolver { fail("steps", "only 'needSolver' rules have introduction steps") }
            if case .object(let fields) = stepsValue {
                let a = template(fields, "askFirst", generator: generator, prefix: "steps.")
                let b = template(fields, "askSecond", generator: generator, prefix: "steps.")
                let c = template(fields, "connect", generator: generator, prefix: "steps.")
                if let a, let b, let c { steps = IntroductionSteps(askFirst: a, askSecond: b, connect: c) }
            } else {
                fail("steps", "expected an object with askFirst, askSecond and connect")
            }
        }
        var condition: Condition?
        if let value = object["conditions"] {
            condition = parseCondition(
                value, path: "conditions", facts: Set(Fact.catalogue(for: generator)), generator: generator)
        } else {
            fail("conditions", "the field 'conditions' is missing (use {\"all\": []} for a rule that always applies)")
        }
        guard problems.isEmpty, let title, let idea, let subject, let priority, let cooldown,
            let actionTemplate, let condition
        else { return nil }
        return Rule(
            id: id, title: title, description: description, idea: idea, appliesTo: subject,
            generator: generator, condition: condition, action: actionTemplate, steps: steps,
            priority: priority, cooldownDays: cooldown, logAs: InteractionKind(logAs), limit: limit,
            minConfidence: minConfidence ?? generator.defaultMinConfidence, source: fieldOrigins["action"] ?? file)
    }

    private mutating func text(
        _ object: [String: JSONValue], _ field: String, required: Bool = true, prefix: String = ""
    ) -> String? {
        switch object[field] {
        case .string(let s)?: return s
        case nil: if required { fail(prefix + field, "the field '\(field)' is missing") }
        case let other?: fail(prefix + field, "expected a text in double quotes, found \(Self.kind(other))")
        }
        return nil
    }

    private mutating func integer(
        _ object: [String: JSONValue], _ field: String, required: Bool = true, minimum: Int? = nil
    ) -> Int? {
        switch object[field] {
        case .number(let n)? where n.rounded() == n && abs(n) < 1e9:
            if let minimum, Int(n) < minimum {
                fail(field, "expected a whole number of at least \(minimum), found \(Int(n))")
                return nil
            }
            return Int(n)
        case nil: if required { fail(field, "the field '\(field)' is missing") }
        case let other?: fail(field, "expected a whole number, found \(Self.kind(other))")
        }
        return nil
    }

    /// An optional number from 0 to 1.
    private mutating func fraction(_ object: [String: JSONValue], _ field: String) -> Double? {
        switch object[field] {
        case .number(let n)? where n >= 0 && n <= 1: return n
        case nil: return nil
        case let other?: fail(field, "expected a number from 0 to 1, found \(Self.kind(other))")
        }
        return nil
    }

    private mutating func template(
        _ object: [String: JSONValue], _ field: String, generator: RuleGenerator, prefix: String = ""
    ) -> ActionTemplate? {
        guard let source = text(object, field, prefix: prefix) else { return nil }
        do {
            return try ActionTemplate(source, generator: generator)
        } catch {
            fail(prefix + field, error.message)
            return nil
        }
    }

    static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.rounded() == n ? "the number \(Int64(n))" : "the number \(n)"
        case .string(let s): return "the text \"\(s)\""
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
