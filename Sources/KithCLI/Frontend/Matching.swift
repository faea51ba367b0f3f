import KithCore

/// The matching index and knowledge base of a session: loaded once, rebuilt only when the
/// store changes, so queries inside the shell stay fast.
struct Matching {
    let index: MatchIndex

    init(session: Session) throws {
        index = Matching.index(session: session, store: try session.loadedStore())
    }

    /// The session's index for `store` (already loaded), built if needed.
    static func index(session: Session, store: Store) -> MatchIndex {
        let knowledge = self.knowledge(session)
        // A change that leaves every searchable text as it was (an action done, a meeting
        // logged) keeps the index and the solver answers it has worked out.
        return session.derived("match-index", from: store, reuse: { index, network in index.serves(network) }) { network in
            MatchIndex(network: network, knowledge: knowledge)
        }
    }

    /// How match reasons read in the prompts' language.
    static func wording(_ prompts: PromptBook) -> MatchWording {
        MatchWording(language: prompts.language.rawValue, spanishLabels: prompts.language == .es, prompts.optionalText)
    }

    /// The knowledge base, loaded once per session (problems printed as warnings).
    static func knowledge(_ session: Session) -> KnowledgeBase {
        session.once("knowledge") { Matching.loadKnowledge(session) }
    }

    static func loadKnowledge(_ session: Session) -> KnowledgeBase {
        let (knowledge, problems) = KnowledgeBase.load(defaultsFolder: session.share.data, userFolder: session.location.folder)
        let prompts = try? session.prompts(nil)
        for problem in problems { session.warn("warning: \(FileProblemText.text(problem, prompts))") }
        return knowledge
    }
}
