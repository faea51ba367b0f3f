/// The type of a fact's value, which decides the operators and values a condition may use.
package enum FactType: String, Hashable, Sendable {
    case number, text, flag, day, list
}

/// A fact's value for one subject.
package enum FactValue: Hashable, Sendable, CustomStringConvertible {
    case number(Int)
    case text(String)
    case flag(Bool)
    case day(Day)
    case list([String])

    public var description: String {
        switch self {
        case .number(let n): return "\(n)"
        case .text(let t): return t
        case .flag(let b): return b ? "true" : "false"
        case .day(let d): return d.description
        case .list(let l): return l.isEmpty ? "[]" : "[" + l.joined(separator: ", ") + "]"
        }
    }
}

/// The fixed catalogue of facts rules can test, with their JSON names.
package enum Fact: String, Hashable, Sendable, CaseIterable {
    // One contact (rules with generator eachContact, reconnect or eachOpenPromise).
    case name, company, role, tags, tier, emails, birthday, added, met, lastInteraction
    case daysSinceAdded, daysSinceMet, daysSinceLastInteraction, interactionCount, mealCount
    case followUpSinceMet, lastRecommendation, daysSinceLastRecommendation, followUpSinceRecommendation
    case needsCount = "needs.count"
    case openNeedsCount = "needs.open.count"
    case openNeeds = "needs.open"
    case offersCount = "offers.count"
    case offers
    case knowsCount = "knows.count"
    case openPromisesCount = "promises.open.count"
    case notesCount = "notes.count"
    case cadenceIdealDays = "cadence.idealDays"
    case cadenceMaximumDays = "cadence.maximumDays"
    case daysUntilBirthday, meetingCount
    // One open promise.
    case promise
    case promiseRecorded = "promise.recorded"
    case promiseDaysOpen = "promise.daysOpen"
    // Pairs and the user's needs.
    case other, need
    case needRecorded = "need.recorded"
    case needDaysOpen = "need.daysOpen"
    case offer, score
    case bothWays, step, field, why, introduced, daysSinceIntroduced, myName

    public var type: FactType {
        switch self {
        case .name, .company, .role, .tier, .birthday, .promise, .other, .need, .offer, .step, .field, .why, .myName:
            return .text
        case .tags, .emails, .openNeeds, .offers: return .list
        case .added, .met, .lastInteraction, .lastRecommendation, .promiseRecorded, .needRecorded, .introduced:
            return .day
        case .followUpSinceMet, .followUpSinceRecommendation, .bothWays: return .flag
        case .daysSinceAdded, .daysSinceMet, .daysSinceLastInteraction, .interactionCount, .mealCount,
            .daysSinceLastRecommendation, .needsCount, .openNeedsCount, .offersCount, .knowsCount,
            .openPromisesCount, .notesCount, .cadenceIdealDays, .cadenceMaximumDays, .daysUntilBirthday,
            .meetingCount, .promiseDaysOpen, .needDaysOpen, .score, .daysSinceIntroduced:
            return .number
        }
    }

    static let contactFacts: [Fact] = [
        .name, .company, .role, .tags, .tier, .emails, .birthday, .added, .met, .lastInteraction,
        .daysSinceAdded, .daysSinceMet, .daysSinceLastInteraction, .interactionCount, .mealCount,
        .followUpSinceMet, .lastRecommendation, .daysSinceLastRecommendation, .followUpSinceRecommendation,
        .needsCount, .openNeedsCount, .openNeeds, .offersCount, .offers, .knowsCount, .openPromisesCount,
        .notesCount, .cadenceIdealDays, .cadenceMaximumDays, .daysUntilBirthday, .meetingCount,
    ]

    /// The facts rules with `generator` may test and use as placeholders.
    package static func catalogue(for generator: RuleGenerator) -> [Fact] {
        generator.behaviour.facts
    }
}

/// Gives the value of a fact for one subject; nil when unknown (e.g. no birthday recorded).
protocol FactSource {
    func value(of fact: Fact) -> FactValue?
}
