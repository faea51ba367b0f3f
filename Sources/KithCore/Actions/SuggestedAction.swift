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
    package let step: IntroductionStep?
    public let priority: Int
    /// Orders actions of equal priority: larger first (e.g. older promises).
    package let urgency: Int
    package let explanation: ActionExplanation
    /// For actions about a match (introductions, a nearby field, help with the user's needs):
    /// how sure the match is, 0…1, and the names of the concepts that joined the two.
    public var confidence: Double? = nil
    public var concepts: [String] = []
    /// Whether it shows today, or why not.
    public var status: ActionStatus
    let generator: RuleGenerator
    let logAs: InteractionKind

    /// The explanation in words.
    public var why: String { explanation.text }
}

/// Why an action was suggested: the rule and the facts that matched, with the values seen.
package struct ActionExplanation: Hashable, Sendable {
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

/// Short ids: a 64-bit FNV-1a hash of the key in base 36 (its last 6 digits, or 10 when two
/// actions' short ids collide).
enum ActionID {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// 36^6: the number of distinct 6-character ids.
    static let shortSpace: UInt64 = 2_176_782_336

    static func make(_ key: String, length: Int = 6) -> String {
        text(of: hash(key), length: length)
    }

    static func hash(_ key: String) -> UInt64 {
        var hash = offsetBasis
        feed(&hash, key)
        return hash
    }

    /// Continues a hash with `text`'s bytes: hashing a key piece by piece gives the same value as
    /// hashing the joined key, without building it.
    static func feed(_ hash: inout UInt64, _ text: String) {
        var value = hash
        let fed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes {
                value ^= UInt64(byte)
                value = value &* prime
            }
        }
        if fed == nil {
            for byte in text.utf8 {
                value ^= UInt64(byte)
                value = value &* prime
            }
        }
        hash = value
    }

    /// The last `length` base-36 digits of `hash`, zero-padded.
    static func text(of hash: UInt64, length: Int) -> String {
        let text = String(hash, radix: 36)
        let padded = String(repeating: "0", count: max(0, length - text.count)) + text
        return String(padded.suffix(length))
    }

    static func key(rule: String, ids: [ContactID], item: String?) -> String {
        ([rule] + ids + (item.map { [$0] } ?? [])).joined(separator: "|")
    }
}
