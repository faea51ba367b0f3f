/// The facts about one contact on one day, worked out in a single pass over its history.
struct ContactFacts: FactSource {
    let contact: Contact
    let today: Day
    let tierName: String
    let tier: CadenceTier
    var met: Day?
    var last: Day
    var mealCount = 0
    /// How many times the user met the person (interactions of kind `met`) up to `today`.
    var meetingCount = 0
    var followUpSinceMet = false
    var lastRecommendation: Day?
    var followUpSinceRecommendation = false
    var openNeedsCount = 0
    var openPromisesCount = 0
    /// Set when the subject is one open promise.
    var promise: Promise?

    static let followUpKinds: [InteractionKind] = [.followUp, .email, .message, .call, .meal, .meeting]

    /// A linear check: cheaper than hashing the kind's text for six short names.
    static func isFollowUp(_ kind: InteractionKind) -> Bool { followUpKinds.contains(kind) }

    init(_ contact: Contact, today: Day, tiers: TierResolver) {
        self.contact = contact
        self.today = today
        (tierName, tier) = tiers.tier(for: contact)
        last = contact.added
        // `met` is the latest meeting up to `today`: a second meeting starts a new follow-up, and
        // a day in the past (today --date) knows nothing of what happened after it.
        var met: Day?
        for interaction in contact.interactions where interaction.date <= today {
            if interaction.date > last { last = interaction.date }
            if interaction.kind == .met {
                meetingCount += 1
                if met.map({ interaction.date > $0 }) ?? true { met = interaction.date }
            }
            if interaction.kind == .meal { mealCount += 1 }
            if interaction.kind == .recommendation, lastRecommendation.map({ interaction.date > $0 }) ?? true {
                lastRecommendation = interaction.date
            }
        }
        self.met = met
        for interaction in contact.interactions
        where ContactFacts.isFollowUp(interaction.kind) && interaction.date <= today {
            if let met, interaction.date >= met { followUpSinceMet = true }
            if let lastRecommendation, interaction.date >= lastRecommendation { followUpSinceRecommendation = true }
        }
        for need in contact.needs where need.isOpen { openNeedsCount += 1 }
        for promise in contact.promises where promise.isOpen { openPromisesCount += 1 }
    }

    func value(of fact: Fact) -> FactValue? {
        switch fact {
        case .name: return .text(contact.name)
        case .company: return contact.company.map { .text($0) }
        case .role: return contact.role.map { .text($0) }
        case .tags: return .list(contact.tags)
        case .tier: return .text(tierName)
        case .emails: return .list(contact.emails)
        case .birthday: return contact.birthday.map { .text($0) }
        case .added: return .day(contact.added)
        case .met: return met.map { .day($0) }
        case .lastInteraction: return .day(last)
        case .daysSinceAdded: return .number(contact.added.days(until: today))
        case .daysSinceMet: return met.map { .number($0.days(until: today)) }
        case .daysSinceLastInteraction: return .number(last.days(until: today))
        case .interactionCount: return .number(contact.interactions.count)
        case .mealCount: return .number(mealCount)
        case .followUpSinceMet: return .flag(followUpSinceMet)
        case .lastRecommendation: return lastRecommendation.map { .day($0) }
        case .daysSinceLastRecommendation: return lastRecommendation.map { .number($0.days(until: today)) }
        case .followUpSinceRecommendation: return .flag(followUpSinceRecommendation)
        case .needsCount: return .number(contact.needs.count)
        case .openNeedsCount: return .number(openNeedsCount)
        case .openNeeds: return .list(contact.needs.filter(\.isOpen).map(\.text))
        case .offersCount: return .number(contact.offers.count)
        case .offers: return .list(contact.offers.map(\.text))
        case .knowsCount: return .number(contact.knows.count)
        case .openPromisesCount: return .number(openPromisesCount)
        case .notesCount: return .number(contact.notes.count)
        case .cadenceIdealDays: return .number(tier.idealDays)
        case .cadenceMaximumDays: return .number(tier.maximumDays)
        case .meetingCount: return .number(meetingCount)
        case .daysUntilBirthday:
            return contact.birthday.flatMap { Birthday.daysUntil($0, from: today) }.map { .number($0) }
        case .promise: return promise.map { .text($0.text) }
        case .promiseRecorded: return promise.map { .day($0.recorded) }
        case .promiseDaysOpen: return promise.map { .number($0.recorded.days(until: today)) }
        case .other, .need, .needRecorded, .needDaysOpen, .offer, .score, .bothWays, .step, .field, .why,
            .introduced, .daysSinceIntroduced, .myName:
            return nil
        }
    }
}

extension InteractionKind {
    /// The user recommended someone or something to the contact.
    package static let recommendation = InteractionKind("recommendation")
}
