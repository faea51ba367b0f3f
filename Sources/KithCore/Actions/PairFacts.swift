/// The facts of one subject of a pair or `me` rule (an introduction, a nearby-field contact, a
/// solver for the user's need, an introduction to check on). Stored fields, so a condition is
/// tested without building a table; each generator fills the facts its catalogue offers.
struct PairFacts: FactSource {
    let today: Day
    /// `{name}`: the first person shown.
    var name: String
    /// `{other}`: the second person (pairs).
    var other: String?
    /// The open need the subject is about.
    var need: Need?
    /// `{offer}` or `{field}`: what matched, in words ("offers 'tax advice'").
    var reason: String?
    /// The finder's confidence in the match, 0…1.
    var score: Double?
    /// What the confidence rests on, and the concepts that joined the two.
    var strength: MatchStrength?
    var concepts: [String] = []
    var bothWays: Bool?
    var step: IntroductionStep?
    var why: String?
    var introduced: Day?
    var myName: String?
    /// Introductions: whether `name` is the person with the need (else `other` is).
    var nameHasNeed = true

    init(today: Day, name: String) {
        self.today = today
        self.name = name
    }

    /// The confidence as a whole percentage, clamped to 0…100 (never traps on a bad value).
    var scorePercent: Int? {
        score.map { value in value.isFinite ? Int((min(max(value, 0), 1) * 100).rounded()) : 0 }
    }

    func value(of fact: Fact) -> FactValue? {
        switch fact {
        case .name: return .text(name)
        case .other: return other.map { .text($0) }
        case .need: return need.map { .text($0.text) }
        case .needRecorded: return need.map { .day($0.recorded) }
        case .needDaysOpen: return need.map { .number($0.recorded.days(until: today)) }
        case .offer, .field: return reason.map { .text($0) }
        case .score: return scorePercent.map { .number($0) }
        case .bothWays: return bothWays.map { .flag($0) }
        case .step: return step.map { .text($0.rawValue) }
        case .why: return why.map { .text($0) }
        case .introduced: return introduced.map { .day($0) }
        case .daysSinceIntroduced: return introduced.map { .number($0.days(until: today)) }
        case .myName: return myName.map { .text($0) }
        case .company, .role, .tags, .tier, .emails, .birthday, .added, .met, .lastInteraction, .daysSinceAdded,
            .daysSinceMet, .daysSinceLastInteraction, .interactionCount, .mealCount, .followUpSinceMet,
            .lastRecommendation, .daysSinceLastRecommendation, .followUpSinceRecommendation, .needsCount,
            .openNeedsCount, .openNeeds, .offersCount, .offers, .knowsCount, .openPromisesCount, .notesCount,
            .cadenceIdealDays, .cadenceMaximumDays, .daysUntilBirthday, .meetingCount, .promise,
            .promiseRecorded, .promiseDaysOpen:
            return nil
        }
    }
}
