import KithCore

/// What came first for one question, and whether a networker would accept it.
public struct QueryOutcome: Sendable {
    public let expectation: QueryExpectation
    /// The answer's people, best first (at most 10, as `kith who` shows).
    package let answers: [WhoMatch]

    package var first: WhoMatch? { answers.first }
    public var passed: Bool { first.map { expectation.acceptable.contains($0.name) } ?? false }
    public var decoyFirst: Bool { first.map { expectation.decoys.contains($0.name) } ?? false }
    /// Where the first acceptable person stands (1-based), if they are shown at all.
    public var acceptableRank: Int? {
        answers.firstIndex { expectation.acceptable.contains($0.name) }.map { $0 + 1 }
    }
}

/// Whether today's actions join a judged pair, and with which actions.
public struct PairOutcome: Sendable {
    public let expectation: PairExpectation
    /// Today's shown actions that name both people.
    public let actions: [SuggestedAction]

    public var suggested: Bool { !actions.isEmpty }
}

/// Every question asked and every pair looked for, on one evaluation network.
public struct EvaluationRun: Sendable {
    public let who: [QueryOutcome]
    public let whoNeeds: [QueryOutcome]
    public let pairs: [PairOutcome]
    /// How many actions `kith today --limit` showed, and those joining two people the set
    /// does not judge (worth a look when the figures move).
    public let shownActions: Int
    public let unjudgedPairActions: [SuggestedAction]

    /// Asks every question and reads the first `actionLimit` actions of the day, the same
    /// calls `kith who` and `kith today --limit` make.
    public init(_ set: EvaluationSet, on network: EvaluatedNetwork, actionLimit: Int = EvaluationGoals.actionLimit) {
        who = set.who.map { QueryOutcome(expectation: $0, answers: network.who($0.query).answer.matches) }
        whoNeeds = set.whoNeeds.map { QueryOutcome(expectation: $0, answers: network.who($0.query).answer.matches) }
        let shown = network.todayActions(limit: actionLimit)
        shownActions = shown.count
        let joining = shown.filter { Set($0.contactIDs).count >= 2 }
        var judged: Set<Set<ContactID>> = []
        pairs = set.pairs.map { pair in
            let ids = Set([pair.needer, pair.solver].compactMap(network.contactID(named:)))
            judged.insert(ids)
            let actions = ids.count == 2 ? joining.filter { ids.isSubset(of: $0.contactIDs) } : []
            return PairOutcome(expectation: pair, actions: actions)
        }
        unjudgedPairActions = joining.filter { action in
            !judged.contains { $0.count == 2 && $0.isSubset(of: action.contactIDs) }
        }
    }

    /// A run made of given outcomes (for checking the scoring on its own).
    init(
        who: [QueryOutcome], whoNeeds: [QueryOutcome], pairs: [PairOutcome], shownActions: Int,
        unjudgedPairActions: [SuggestedAction]
    ) {
        (self.who, self.whoNeeds, self.pairs) = (who, whoNeeds, pairs)
        (self.shownActions, self.unjudgedPairActions) = (shownActions, unjudgedPairActions)
    }
}
