/// The need-solver finder today's actions use: the matching index (offers and knowledge),
/// with a word-overlap finder for "works in a nearby field", built only when a need has no
/// direct solver.
public final class MatchIndexFinder: NeedSolverFinding {
    let index: MatchIndex
    let network: Network
    private lazy var nearby = TokenOverlapFinder(network: network)

    public init(index: MatchIndex, network: Network) {
        self.index = index
        self.network = network
    }

    public func solvers(for need: String, excluding: ContactID?) -> [SolverHit] {
        let matches = index.solvers(for: need, excluding: excluding)
        // Relevance scores have no fixed scale: express them relative to the best hit (0…1).
        let best = matches.map(\.score).max() ?? 1
        let direct = matches.map {
            SolverHit(contactID: $0.contactID, reason: $0.reason, score: best > 0 ? $0.score / best : 0, kind: .solves)
        }
        if !direct.isEmpty { return direct }
        return nearby.solvers(for: need, excluding: excluding).filter { $0.kind == .nearbyField }
    }
}
