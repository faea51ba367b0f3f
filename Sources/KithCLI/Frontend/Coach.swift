import Foundation
import KithCore

/// The rules and the need-solver finder, loaded once per session and rebuilt only when the
/// store changes.
struct Coach {
    let rules: RuleSet
    let problems: [RuleProblem]
    let network: Network
    let today: Day
    private let session: Session
    private let store: Store
    /// The language of the action texts, when the command asked for one.
    private let language: PromptBook.Language?
    /// How solver reasons read in that language.
    private let wording: MatchWording

    /// With `prompts`, the shipped rules speak their language (texts from `prompts/`).
    init(session: Session, prompts: PromptBook? = nil) throws {
        let store = try session.loadedStore()
        self.session = session
        self.store = store
        language = prompts?.language
        let load = session.derived("rules", from: store) { _ in Coach.loadRules(session) }
        if let prompts {
            let translated = session.derived("rules \(prompts.language)", from: store) { _ in
                load.rules.translated(wording: prompts.agoWording, source: prompts.file,
                                      shipped: Coach.loadRules(session, withUsersFile: false).rules, prompts.optionalText)
            }
            rules = translated.rules
            problems = load.problems + translated.problems
        } else {
            rules = load.rules
            problems = load.problems
        }
        wording = prompts.map(Matching.wording) ?? .english
        network = store.network
        today = session.today
    }

    /// Where this language's solver answers are kept.
    private var cacheFile: URL { session.location.solverCacheFile(language: wording.language) }

    /// The need-solver finder, made on first use (commands that only list rules never read the
    /// cache). Solver answers come from the cache on disk while the searchable text is
    /// unchanged; the matching index is only built for needs the cache does not hold.
    var finder: CachedSolverFinder {
        let (session, store, wording, cacheFile) = (self.session, self.store, self.wording, self.cacheFile)
        let fingerprint = session.derived("fingerprint \(wording.language)", from: store) { network in
            SolverAnswerCache.fingerprint(network: network, knowledge: Matching.knowledge(session), language: wording.language)
        }
        return session.derived("finder \(wording.language)", from: store,
                               reuse: { finder, _ in finder.cache.fingerprint == fingerprint }) { network in
            let cache = SolverAnswerCache.read(FileManager.default.contents(atPath: cacheFile.path), fingerprint: fingerprint)
            return CachedSolverFinder(cache: cache) {
                MatchIndexFinder(index: Matching.index(session: session, store: store), network: network, wording: wording)
            }
        }
    }

    /// Writes the solver answers worked out this time, when there are new ones and the data
    /// folder exists. The cache is derived data: a failure to write it (a full disk) is not an
    /// error of the command, and the next run simply asks the index again.
    private func saveSolverAnswers() {
        guard finder.cache.changed,
              FileManager.default.fileExists(atPath: session.location.folder.path) else { return }
        if (try? AtomicFileWriter().write(finder.cache.encoded(), to: cacheFile, mode: 0o600)) != nil {
            finder.cache.markSaved()
        }
    }

    static func loadRules(_ session: Session, withUsersFile: Bool = true) -> RuleLoad {
        RuleLoader.load(shippedFile: RulesFiles.shipped(session), userFile: withUsersFile ? RulesFiles.user(session) : nil)
    }

    /// Rule problems as warnings, so a broken user rule never goes unnoticed.
    func warnAboutProblems(_ session: Session) {
        let prompts = try? session.prompts(language)
        for problem in problems { session.warn("warning: \(FileProblemText.text(problem, prompts))") }
    }

    /// The rules' matches on `day` (today by default), kept by the session until the store
    /// changes: in the shell, asking again costs only the ranking.
    func matches(on day: Day? = nil) -> ActionMatches {
        let day = day ?? today
        let (rules, finder) = (self.rules, self.finder)
        return session.derived("matches \(day) \(language?.rawValue ?? "")", from: store) { network in
            let matches = ActionMatches(network: network, today: day, rules: rules, finder: finder)
            saveSolverAnswers()
            return matches
        }
    }

    func actions(limit: Int? = nil, involving contact: ContactID? = nil) -> [SuggestedAction] {
        matches().actions(limit: limit, involving: contact)
    }
}

/// After a debrief, shows the actions that involve the person just debriefed.
struct DebriefFollowUp {
    let session: Session
    let prompts: PromptBook

    func showActions(for contact: ContactID) {
        guard let coach = try? Coach(session: session, prompts: prompts) else { return }
        let related = coach.actions(limit: 5, involving: contact)
        guard !related.isEmpty else { return }
        session.say("")
        session.say(prompts.text("followUp.title"))
        for action in related { session.sayWrapped("  [\(action.id)] \(action.text)") }
    }
}
