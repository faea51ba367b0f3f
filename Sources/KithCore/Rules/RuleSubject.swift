/// What a rule looks at: one contact, a pair of contacts, or the user.
public enum RuleSubject: String, Hashable, Sendable, CaseIterable {
    case contact, pair, me
}

/// How a rule's subjects are enumerated. Each generator belongs to one subject and defines the
/// facts and placeholders its rules may use.
public enum RuleGenerator: String, Hashable, Sendable, CaseIterable {
    /// Every contact (the default for contact rules).
    case eachContact
    /// Every contact, for rules that keep in touch on the contact's cadence: the calendar dates
    /// a person's next reconnect itself unless such a rule already suggests one.
    case reconnect
    /// Every open promise, oldest first.
    case eachOpenPromise
    /// A contact's open need and someone who solves it (asks the solver finder).
    case needSolver
    /// An introduction made but not yet followed up.
    case introductionCheckIn
    /// An open need nobody solves, and a contact in a nearby field who may know someone.
    case nearbyField
    /// One of the user's own open needs and a contact who solves it.
    case myNeedSolver

    public var subject: RuleSubject {
        switch self {
        case .eachContact, .reconnect, .eachOpenPromise: return .contact
        case .needSolver, .introductionCheckIn, .nearbyField: return .pair
        case .myNeedSolver: return .me
        }
    }

    /// The least confidence a match needs when a rule gives no `minConfidence`: introductions
    /// and the user's own needs want a real answer (same concept, or all of the need's own
    /// words); a nearby field may be only next to it. Other generators find no matches.
    public var defaultMinConfidence: Double {
        switch self {
        case .needSolver, .myNeedSolver: return 0.6
        case .nearbyField: return 0.4
        case .eachContact, .reconnect, .eachOpenPromise, .introductionCheckIn: return 0
        }
    }

    /// The generator a rule gets when it names none.
    public static func defaultFor(_ subject: RuleSubject) -> RuleGenerator? {
        subject == .contact ? .eachContact : nil
    }

    /// Whether the rule's actions are the reconnects the calendar would otherwise date itself.
    public var schedulesReconnects: Bool {
        switch self {
        case .reconnect: return true
        case .eachContact, .eachOpenPromise, .needSolver, .introductionCheckIn, .nearbyField, .myNeedSolver: return false
        }
    }

    /// The fact `{days}` stands for in templates.
    var daysFact: Fact {
        switch self {
        case .eachContact, .reconnect: return .daysSinceLastInteraction
        case .eachOpenPromise: return .promiseDaysOpen
        case .needSolver, .nearbyField, .myNeedSolver: return .needDaysOpen
        case .introductionCheckIn: return .daysSinceIntroduced
        }
    }
}
