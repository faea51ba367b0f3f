/// One thing the coach suggests doing today, with the reason it was suggested.
public struct SuggestedAction: Hashable, Sendable, Identifiable {
    /// Short and stable across runs (base36 hash of `key`), for `kith done ID`.
    public var id: String
    /// Rule id, subject contact ids and item (a need or promise) the id is derived from.
    public let key: String
    public let ruleID: String
    public let text: String
    public let contactIDs: [ContactID]
    public let contactNames: [String]
    /// The need or promise the action is about, if any.
    public let item: String?
    /// For introductions, the step this action stands for.
    public let step: IntroductionStep?
    public let priority: Int
    /// Orders actions of equal priority: larger first (e.g. older promises).
    public let urgency: Int
    public let explanation: ActionExplanation
    /// Whether it shows today, or why not.
    public var status: ActionStatus
    let generator: RuleGenerator
    let logAs: InteractionKind

    /// The explanation in words.
    public var why: String { explanation.text }
}

/// Why an action was suggested: the rule and the facts that matched, with the values seen.
public struct ActionExplanation: Hashable, Sendable {
    public let ruleID: String
    public let ruleTitle: String
    public let idea: String
    /// Each matched test, e.g. "daysSinceLastInteraction = 97 ≥ cadence.idealDays (90)".
    public let matched: [String]
    /// What the generator found, e.g. "Ana needs 'a tax adviser'; Ben offers 'tax advice'".
    public let context: [String]

    public var text: String {
        var lines = ["Rule \(ruleID) (\(ruleTitle)), from the idea: \(idea)."]
        lines += context
        if matched.isEmpty {
            lines.append("The rule has no conditions.")
        } else {
            lines.append("Matched: " + matched.joined(separator: "; ") + ".")
        }
        return lines.joined(separator: "\n")
    }
}

/// Whether an action shows today.
public enum ActionStatus: Hashable, Sendable {
    case open
    case done(on: Day, hiddenUntil: Day)
    case snoozed(until: Day)
    case dismissed(on: Day, hiddenUntil: Day)

    public var isOpen: Bool { self == .open }
}

/// Short ids: a 64-bit FNV-1a hash of the key in base 36.
enum ActionID {
    static func make(_ key: String, length: Int = 6) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let text = String(hash, radix: 36)
        let padded = String(repeating: "0", count: max(0, length - text.count)) + text
        return String(padded.suffix(length))
    }

    static func key(rule: String, ids: [ContactID], item: String?) -> String {
        ([rule] + ids + (item.map { [$0] } ?? [])).joined(separator: "|")
    }
}
