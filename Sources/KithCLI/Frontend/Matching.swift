import KithCore

/// The matching index and knowledge base of a session: loaded once, rebuilt only when the
/// store changes, so queries inside the shell stay fast.
struct Matching {
    let index: MatchIndex

    init(session: Session) throws {
        let store = try session.loadedStore()
        let knowledge = session.once("knowledge") {
            Matching.loadKnowledge(session)
        }
        // A change that leaves every searchable text as it was (an action done, a meeting
        // logged) keeps the index and the solver answers it has worked out.
        index = session.derived("match-index", from: store, reuse: { index, network in index.serves(network) }) { network in
            MatchIndex(network: network, knowledge: knowledge)
        }
    }

    static func loadKnowledge(_ session: Session) -> KnowledgeBase {
        let (knowledge, problems) = KnowledgeBase.load(defaultsFolder: session.share.data, userFolder: session.location.folder)
        for problem in problems { session.warn("warning: \(problem)") }
        return knowledge
    }
}
