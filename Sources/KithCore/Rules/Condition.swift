/// A rule's test: facts compared with values, combined with `all`, `any` and `not`.
package indirect enum Condition: Hashable, Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case test(FactTest)

    /// True when the condition holds for `source` on `today`.
    func holds<S: FactSource>(_ source: S, today: Day) -> Bool {
        switch self {
        case .all(let parts): return parts.allSatisfy { $0.holds(source, today: today) }
        case .any(let parts): return parts.contains { $0.holds(source, today: today) }
        case .not(let inner): return !inner.holds(source, today: today)
        case .test(let test): return test.holds(source, today: today)
        }
    }

    /// The tests that made the condition hold, in words with the values seen.
    func explain<S: FactSource>(_ source: S, today: Day) -> [String] {
        switch self {
        case .all(let parts): return parts.flatMap { $0.explain(source, today: today) }
        case .any(let parts):
            return parts.filter { $0.holds(source, today: today) }.flatMap { $0.explain(source, today: today) }
        case .not(let inner):
            return inner.explainFailure(source, today: today).map { "not (\($0))" }
        case .test(let test): return [test.describe(source, today: today)]
        }
    }

    private func explainFailure<S: FactSource>(_ source: S, today: Day) -> [String] {
        switch self {
        case .test(let test): return [test.describe(source, today: today)]
        case .all(let parts):
            return parts.filter { !$0.holds(source, today: today) }.flatMap { $0.explainFailure(source, today: today) }
        case .any(let parts): return parts.flatMap { $0.explainFailure(source, today: today) }
        case .not(let inner): return inner.explain(source, today: today)
        }
    }
}

/// The value a test compares with: a constant from the rules file, or another fact.
package enum TestValue: Hashable, Sendable {
    case none
    case constant(FactValue)
    case fact(Fact)
    case pattern(String)
}

/// One comparison: `fact operator value`.
package struct FactTest: Hashable, Sendable {
    package let fact: Fact
    package let op: ConditionOperator
    public let value: TestValue
    let compiled: CompiledPattern?

    init(fact: Fact, op: ConditionOperator, value: TestValue, compiled: CompiledPattern? = nil) {
        self.fact = fact
        self.op = op
        self.value = value
        self.compiled = compiled
    }

    func holds<S: FactSource>(_ source: S, today: Day) -> Bool {
        let seen = source.value(of: fact)
        let expected = resolve(source)
        switch op {
        case .isEmpty: return Self.isEmpty(seen)
        case .isNotEmpty: return !Self.isEmpty(seen)
        case .contains:
            guard case .text(let needle)? = expected else { return false }
            let folded = TextFolding.fold(needle)
            return Self.texts(seen).contains { TextFolding.fold($0).contains(folded) }
        case .matches:
            guard let pattern = compiled else { return false }
            return Self.texts(seen).contains { pattern.matches($0) }
        case .daysSinceAtLeast, .daysSinceAtMost, .daysSinceLessThan, .daysSinceGreaterThan:
            guard case .day(let day)? = seen, case .number(let limit)? = expected else { return false }
            return Self.compare(day.days(until: today), limit, op)
        default:
            guard let seen, let expected else { return op == .notEquals && (seen == nil) != (expected == nil) }
            switch (seen, expected) {
            case (.number(let a), .number(let b)): return Self.compare(a, b, op)
            case (.day(let a), .day(let b)): return Self.compare(a.dayNumber, b.dayNumber, op)
            case (.text(let a), .text(let b)):
                let same = TextFolding.fold(a) == TextFolding.fold(b)
                return op == .equals ? same : op == .notEquals ? !same : false
            case (.flag(let a), .flag(let b)):
                return op == .equals ? a == b : op == .notEquals ? a != b : false
            default: return false
            }
        }
    }

    private func resolve<S: FactSource>(_ source: S) -> FactValue? {
        switch value {
        case .constant(let v): return v
        case .fact(let other): return source.value(of: other)
        case .pattern(let p): return .text(p)
        case .none: return nil
        }
    }

    /// "daysSinceLastInteraction = 97 ≥ cadence.idealDays (90)".
    func describe<S: FactSource>(_ source: S, today: Day) -> String {
        let seen = source.value(of: fact)
        let seenText = seen.map { Self.show($0) } ?? "unknown"
        let expectedText: String
        switch value {
        case .none: expectedText = ""
        case .constant(let v): expectedText = Self.show(v)
        case .pattern(let p): expectedText = "/\(p)/"
        case .fact(let other):
            expectedText = "\(other.rawValue) (\(source.value(of: other).map { Self.show($0) } ?? "unknown"))"
        }
        switch op {
        case .isEmpty, .isNotEmpty:
            return "\(fact.rawValue) = \(seenText) \(op.symbol)"
        case .daysSinceAtLeast, .daysSinceAtMost, .daysSinceLessThan, .daysSinceGreaterThan:
            if case .day(let day)? = seen {
                return "\(fact.rawValue) = \(day), \(day.days(until: today)) days ago \(op.symbol) \(expectedText)"
            }
            return "\(fact.rawValue) = \(seenText), days since \(op.symbol) \(expectedText)"
        default:
            return "\(fact.rawValue) = \(seenText) \(op.symbol) \(expectedText)"
        }
    }

    private static func show(_ value: FactValue) -> String {
        if case .text(let t) = value { return "'\(t)'" }
        return value.description
    }

    private static func isEmpty(_ value: FactValue?) -> Bool {
        switch value {
        case nil: return true
        case .text(let t)?: return t.isEmpty
        case .list(let l)?: return l.isEmpty
        default: return false
        }
    }

    private static func texts(_ value: FactValue?) -> [String] {
        switch value {
        case .text(let t)?: return [t]
        case .list(let l)?: return l
        default: return []
        }
    }

    private static func compare(_ a: Int, _ b: Int, _ op: ConditionOperator) -> Bool {
        switch op {
        case .equals: return a == b
        case .notEquals: return a != b
        case .lessThan, .daysSinceLessThan: return a < b
        case .greaterThan, .daysSinceGreaterThan: return a > b
        case .atMost, .daysSinceAtMost: return a <= b
        case .atLeast, .daysSinceAtLeast: return a >= b
        default: return false
        }
    }
}
