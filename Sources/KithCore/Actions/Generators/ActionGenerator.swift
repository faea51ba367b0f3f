/// One kind of rule: how its subjects are found, the facts its rules may test, the lines that
/// explain what it found, and what marking one of its actions done records. Each generator
/// is one file in this folder; `RuleGenerator` names them in rules files.
protocol ActionGenerator {
    /// What its rules look at.
    var subject: RuleSubject { get }
    /// How it finds its subjects.
    var enumeration: SubjectEnumeration { get }
    /// The facts its rules may test and use as placeholders.
    var facts: [Fact] { get }
    /// The fact `{days}` and `{ago}` stand for in its texts.
    var daysFact: Fact { get }
    /// The least confidence a match needs when a rule gives no `minConfidence` (0: it finds no
    /// matches).
    var defaultMinConfidence: Double { get }
    /// Whether its actions are the reconnects the calendar would otherwise date itself.
    var schedulesReconnects: Bool { get }
    /// What it found, in words, for an action's explanation (pair and `me` subjects).
    func context(_ facts: PairFacts, wording: ContextWording) -> [String]
    /// What `done` changes in the network besides the action log: history, introductions,
    /// promises kept.
    func recordDone(
        _ action: SuggestedAction, note: String?, today: Day, introduced: Network.IntroductionNote,
        in network: inout Network
    ) -> [KeptPromise]
}

/// How a generator finds its subjects.
enum SubjectEnumeration {
    /// Each contact known on the day, in one pass every such generator shares (a contact's
    /// facts are worked out once for all their rules).
    case eachContact
    /// Each open promise of each contact, in that same pass.
    case eachOpenPromise
    /// Its own search, adding the rule's matches to the builder.
    case search((inout ActionBuilder, Rule) -> Void)
}

extension RuleGenerator {
    /// The generator this name stands for.
    var behaviour: any ActionGenerator {
        switch self {
        case .eachContact: return EachContactGenerator(schedulesReconnects: false)
        case .reconnect: return EachContactGenerator(schedulesReconnects: true)
        case .eachOpenPromise: return OpenPromiseGenerator()
        case .needSolver: return NeedSolverGenerator()
        case .introductionCheckIn: return IntroductionCheckInGenerator()
        case .nearbyField: return NearbyFieldGenerator()
        case .myNeedSolver: return MyNeedSolverGenerator()
        }
    }

    package var subject: RuleSubject { behaviour.subject }

    /// The least confidence a match needs when a rule gives no `minConfidence`.
    package var defaultMinConfidence: Double { behaviour.defaultMinConfidence }

    /// Whether the rule's actions are the reconnects the calendar would otherwise date itself.
    package var schedulesReconnects: Bool { behaviour.schedulesReconnects }

    /// The fact `{days}` stands for in templates.
    var daysFact: Fact { behaviour.daysFact }
}
