import KithCore

/// The need-solver finder the command line uses for today's actions (a copy of KithCLI's
/// `MatchIndexFinder`): the matching index first, then word overlap for a nearby field.
final class BenchFinder: NeedSolverFinding {
    let index: MatchIndex
    let network: Network
    private lazy var nearby = TokenOverlapFinder(network: network)

    init(index: MatchIndex, network: Network) {
        self.index = index
        self.network = network
    }

    func solvers(for need: String, excluding: ContactID?) -> [SolverHit] {
        let direct = index.solvers(for: need, excluding: excluding).map {
            SolverHit(contactID: $0.contactID, reason: $0.reason, score: $0.score, kind: .solves)
        }
        if !direct.isEmpty { return direct }
        return nearby.solvers(for: need, excluding: excluding).filter { $0.kind == .nearbyField }
    }
}
