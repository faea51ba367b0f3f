/// The need-solver finder today's actions use: the matching index (offers and knowledge),
/// with a word-overlap finder for "works in a nearby field", built only when a need has no
/// direct solver.
public final class MatchIndexFinder: NeedSolverFinding {
    let index: MatchIndex
    let network: Network
    /// The language of the reasons.
    public let wording: MatchWording
    private lazy var nearby = TokenOverlapFinder(network: network, wording: wording)

    public init(index: MatchIndex, network: Network, wording: MatchWording = .english) {
        self.index = index
        self.network = network
        self.wording = wording
    }

    /// Answers for `excluding: nil`, kept for the life of the finder (the network never changes).
    private var answers: [String: [SolverHit]] = [:]
    private static let answerCapacity = 50_000

    public func position(of id: ContactID) -> Int? { index.position(of: id) }

    public func solvers(for need: String, excluding: ContactID?) -> [SolverHit] {
        if excluding == nil, let known = answers[need] { return known }
        let matches = index.solvers(for: need, excluding: excluding, wording: wording)
        // Relevance scores have no fixed scale: express them relative to the best hit (0…1).
        let best = matches.map(\.score).max() ?? 1
        var found = matches.map {
            SolverHit(contactID: $0.contactID, reason: $0.reason, score: best > 0 ? $0.score / best : 0, kind: .solves,
                      contactPosition: index.position(of: $0.contactID))
        }
        if found.isEmpty {
            found = nearby.solvers(for: need, excluding: excluding).filter { $0.kind == .nearbyField }
        }
        if excluding == nil {
            if answers.count >= Self.answerCapacity { answers.removeAll(keepingCapacity: true) }
            answers[need] = found
        }
        return found
    }
}
