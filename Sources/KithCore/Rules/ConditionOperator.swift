import Foundation

/// A comparison a condition makes between a fact and a value.
package enum ConditionOperator: String, Hashable, Sendable, CaseIterable {
    case equals, notEquals, lessThan, greaterThan, atMost, atLeast
    case daysSinceAtLeast, daysSinceAtMost, daysSinceLessThan, daysSinceGreaterThan
    case isEmpty, isNotEmpty, contains, matches

    /// The fact types the operator works on.
    var factTypes: Set<FactType> {
        switch self {
        case .equals, .notEquals: return [.number, .text, .flag, .day]
        case .lessThan, .greaterThan, .atMost, .atLeast: return [.number, .day]
        case .daysSinceAtLeast, .daysSinceAtMost, .daysSinceLessThan, .daysSinceGreaterThan: return [.day]
        case .isEmpty, .isNotEmpty: return [.text, .list]
        case .contains, .matches: return [.text, .list]
        }
    }

    /// The type the value must have for a fact of `type`; nil when the operator takes no value.
    func valueType(for type: FactType) -> FactType? {
        switch self {
        case .isEmpty, .isNotEmpty: return nil
        case .daysSinceAtLeast, .daysSinceAtMost, .daysSinceLessThan, .daysSinceGreaterThan: return .number
        case .contains, .matches: return .text
        default: return type
        }
    }

    /// How the operator reads in an explanation.
    var symbol: String {
        switch self {
        case .equals: return "="
        case .notEquals: return "≠"
        case .lessThan, .daysSinceLessThan: return "<"
        case .greaterThan, .daysSinceGreaterThan: return ">"
        case .atMost, .daysSinceAtMost: return "≤"
        case .atLeast, .daysSinceAtLeast: return "≥"
        case .isEmpty: return "is empty"
        case .isNotEmpty: return "is not empty"
        case .contains: return "contains"
        case .matches: return "matches"
        }
    }
}

/// A compiled regular expression; immutable (`NSRegularExpression` is Sendable), so safe to share between threads.
final class CompiledPattern: Sendable, Hashable {
    let source: String
    let regex: NSRegularExpression

    init(_ source: String) throws {
        self.source = source
        self.regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
    }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func == (lhs: CompiledPattern, rhs: CompiledPattern) -> Bool { lhs.source == rhs.source }
    func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
