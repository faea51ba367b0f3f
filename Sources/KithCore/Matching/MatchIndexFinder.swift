/// The need-solver finder today's actions use: the matching index, by concept. Contacts whose
/// offers, role, company or tags express what the need is about are `solves` hits; those whose
/// work is next to it (a related concept) are `nearbyField` hits, people who may know someone.
/// Scores are the absolute confidence; hits weaker than `floor` are left out.
package final class MatchIndexFinder: NeedSolverFinding {
    let index: MatchIndex
    let network: Network
    /// The language of the reasons.
    package let wording: MatchWording
    /// Hits below this confidence are not worth keeping: no rule could act on them.
    package static let floor = 0.3

    package init(index: MatchIndex, network: Network, wording: MatchWording = .english) {
        self.index = index
        self.network = network
        self.wording = wording
    }

    /// Answers for `excluding: nil`, kept for the life of the finder (the network never changes).
    private var answers: [String: [SolverHit]] = [:]
    private static let answerCapacity = 50_000
    /// Each item's reason in `wording`, shared by every answer it appears in.
    private let reasons = MatchIndex.ActionReasons()

    package func position(of id: ContactID) -> Int? { index.position(of: id) }

    package func solvers(for need: String, excluding: ContactID?) -> [SolverHit] {
        if excluding == nil, let known = answers[need] { return known }
        let found = index.solvers(for: need, excluding: excluding, wording: wording, reasons: reasons)
            .filter { $0.confidence >= Self.floor }
            .map {
                SolverHit(
                    contactID: $0.contactID, reason: $0.reason, score: $0.confidence,
                    kind: $0.strength == .relatedConcept ? .nearbyField : .solves,
                    contactPosition: index.position(of: $0.contactID), confidence: $0.confidence,
                    strength: $0.strength, concepts: $0.concepts)
            }
        if excluding == nil {
            if answers.count >= Self.answerCapacity { answers.removeAll(keepingCapacity: true) }
            answers[need] = found
        }
        return found
    }
}
