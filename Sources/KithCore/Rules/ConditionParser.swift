extension RuleParser {
    /// Reads `{"all": […]}`, `{"any": […]}`, `{"not": {…}}` or `{"fact", "operator", "value"}`.
    mutating func parseCondition(_ value: JSONValue, path: String, facts: Set<Fact>, generator: RuleGenerator)
        -> Condition?
    {
        guard case .object(let object) = value else {
            fail(path, "expected a condition object, found \(Self.kind(value))")
            return nil
        }
        for group in ["all", "any"] {
            guard let list = object[group] else { continue }
            guard object.count == 1 else {
                fail(path, "'\(group)' must be the only field of its object")
                return nil
            }
            guard case .array(let items) = list else {
                fail("\(path).\(group)", "expected a list of conditions")
                return nil
            }
            var parts: [Condition] = []
            for (i, item) in items.enumerated() {
                if let part = parseCondition(item, path: "\(path).\(group)[\(i)]", facts: facts, generator: generator) {
                    parts.append(part)
                }
            }
            guard parts.count == items.count else { return nil }
            return group == "all" ? .all(parts) : .any(parts)
        }
        if let inner = object["not"] {
            guard object.count == 1 else {
                fail(path, "'not' must be the only field of its object")
                return nil
            }
            return parseCondition(inner, path: "\(path).not", facts: facts, generator: generator).map { .not($0) }
        }
        return parseTest(object, path: path, facts: facts, generator: generator).map { .test($0) }
    }

    private mutating func parseTest(
        _ object: [String: JSONValue], path: String, facts: Set<Fact>, generator: RuleGenerator
    ) -> FactTest? {
        for key in object.keys.sorted() where !["fact", "operator", "value"].contains(key) {
            fail(
                "\(path).\(key)",
                "unknown field '\(key)'; a condition has 'all', 'any', 'not' or 'fact', 'operator', 'value'")
            return nil
        }
        guard case .string(let factName)? = object["fact"] else {
            fail("\(path).fact", "expected a fact name (or 'all', 'any', 'not')")
            return nil
        }
        guard let fact = Fact(rawValue: factName), facts.contains(fact) else {
            fail(
                "\(path).fact",
                "unknown fact '\(factName)' for generator \(generator.rawValue); known facts: \(facts.map(\.rawValue).sorted().joined(separator: ", "))"
            )
            return nil
        }
        guard case .string(let opName)? = object["operator"] else {
            fail("\(path).operator", "expected an operator name")
            return nil
        }
        guard let op = ConditionOperator(rawValue: opName) else {
            fail(
                "\(path).operator",
                "unknown operator '\(opName)'; known: \(ConditionOperator.allCases.map(\.rawValue).joined(separator: ", "))"
            )
            return nil
        }
        guard op.factTypes.contains(fact.type) else {
            fail("\(path).operator", "'\(opName)' does not apply to '\(factName)', which is a \(fact.type.rawValue)")
            return nil
        }
        guard let valueType = op.valueType(for: fact.type) else {
            if object["value"] != nil {
                fail("\(path).value", "'\(opName)' takes no value")
                return nil
            }
            return FactTest(fact: fact, op: op, value: .none)
        }
        guard let raw = object["value"] else {
            fail("\(path).value", "'\(opName)' needs a value (a \(valueType.rawValue))")
            return nil
        }
        if case .object(let reference) = raw {
            guard reference.count == 1, case .string(let otherName)? = reference["fact"],
                let other = Fact(rawValue: otherName), facts.contains(other)
            else {
                fail("\(path).value", "expected {\"fact\": NAME} naming a known fact")
                return nil
            }
            guard other.type == valueType else {
                fail(
                    "\(path).value",
                    "'\(otherName)' is a \(other.type.rawValue); '\(opName)' on '\(factName)' needs a \(valueType.rawValue)"
                )
                return nil
            }
            return FactTest(fact: fact, op: op, value: .fact(other))
        }
        if op == .matches {
            guard case .string(let pattern) = raw else {
                fail("\(path).value", "expected a regular expression text")
                return nil
            }
            do {
                return FactTest(fact: fact, op: op, value: .pattern(pattern), compiled: try CompiledPattern(pattern))
            } catch {
                fail("\(path).value", "'\(pattern)' is not a valid regular expression")
                return nil
            }
        }
        guard let constant = Self.constant(raw, as: valueType) else {
            fail(
                "\(path).value",
                "expected a \(Self.describe(valueType)) for '\(opName)' on '\(factName)', found \(Self.kind(raw))")
            return nil
        }
        return FactTest(fact: fact, op: op, value: .constant(constant))
    }

    static func constant(_ raw: JSONValue, as type: FactType) -> FactValue? {
        switch (type, raw) {
        case (.number, .number(let n)) where n.rounded() == n && abs(n) < 1e9: return .number(Int(n))
        case (.text, .string(let s)): return .text(s)
        case (.flag, .bool(let b)): return .flag(b)
        case (.day, .string(let s)): return Day(s).map { .day($0) }
        default: return nil
        }
    }

    static func describe(_ type: FactType) -> String {
        switch type {
        case .number: return "whole number"
        case .text: return "text"
        case .flag: return "true or false"
        case .day: return "date as \"YYYY-MM-DD\""
        case .list: return "list"
        }
    }
}
