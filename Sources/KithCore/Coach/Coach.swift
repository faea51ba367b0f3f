import Foundation

/// A loaded network and everything the coach derives from it: the rules in force (translated
/// on request), the knowledge base, the matching index, the solver answers and the day's
/// matches.
///
/// Each derived value is worked out on first use and kept until the store's generation
/// changes; a change that leaves every searchable text as it was (an action done, a meeting
/// logged) keeps the matching index and the solver answers. The command line makes one per
/// process; the shell keeps one between commands.
public final class Coach {
    public let store: Store
    public let files: CoachFiles
    /// The day the coach speaks of when a caller names none.
    public let today: Day
    /// Told, once, what was wrong with the knowledge files when they are first read.
    private let knowledgeProblems: ([KnowledgeFileProblem]) -> Void

    private var loadedKnowledge: KnowledgeBase?
    private var userRules: Derived<RuleLoad>?
    private var shippedRules: Derived<RuleSet>?
    private var translatedRules: [PromptBook.Language: Derived<RuleLoad>] = [:]
    private var builtIndex: Derived<MatchIndex>?
    private var fingerprints: [PromptBook.Language: Derived<UInt64>] = [:]
    private var finders: [PromptBook.Language: Derived<CachedSolverFinder>] = [:]
    private var dayMatches: [MatchesKey: Derived<ActionMatches>] = [:]

    public init(
        store: Store, files: CoachFiles, today: Day,
        knowledgeProblems: @escaping ([KnowledgeFileProblem]) -> Void = { _ in }
    ) {
        self.store = store
        self.files = files
        self.today = today
        self.knowledgeProblems = knowledgeProblems
    }

    /// The network as the store holds it now.
    public var network: Network { store.network }

    private var generation: Int { store.generation }

    /// The shipped knowledge with the user's additions, read once.
    public var knowledge: KnowledgeBase {
        if let loadedKnowledge { return loadedKnowledge }
        let (knowledge, problems) = KnowledgeBase.load(
            defaultsFolder: files.shippedData, userFolder: files.location.folder)
        knowledgeProblems(problems)
        loadedKnowledge = knowledge
        return knowledge
    }

    // MARK: - Rules

    /// The rules in force and the problems of the files they came from; with `prompts`, the
    /// shipped rules' words in that language.
    package func rules(_ prompts: PromptBook? = nil) -> RuleLoad {
        let load =
            current(userRules)
            ?? {
                let load = RuleLoader.load(shippedFile: files.shippedRules, userFile: files.userRules)
                userRules = Derived(generation: generation, value: load)
                return load
            }()
        guard let prompts else { return load }
        if let known = current(translatedRules[prompts.language]) { return known }
        let translation = load.rules.translated(
            wording: prompts.agoWording, source: prompts.file,
            shipped: shipped(), prompts.optionalText)
        let translated = RuleLoad(rules: translation.rules, problems: load.problems + translation.problems)
        translatedRules[prompts.language] = Derived(generation: generation, value: translated)
        return translated
    }

    /// The shipped rules alone: a translation only replaces words that are still theirs.
    private func shipped() -> RuleSet {
        if let known = current(shippedRules) { return known }
        let rules = RuleLoader.load(shippedFile: files.shippedRules, userFile: nil).rules
        shippedRules = Derived(generation: generation, value: rules)
        return rules
    }

    // MARK: - Matching

    /// The matching index over the network, kept while the searchable text is unchanged.
    public var index: MatchIndex {
        if let builtIndex {
            if builtIndex.generation == generation { return builtIndex.value }
            if builtIndex.value.serves(network) {
                self.builtIndex = Derived(generation: generation, value: builtIndex.value)
                return builtIndex.value
            }
        }
        let index = MatchIndex(network: network, knowledge: knowledge)
        builtIndex = Derived(generation: generation, value: index)
        return index
    }

    /// The need-solver finder for reasons worded like `prompts` (English without): answers
    /// come from the cache on disk while the searchable text is unchanged, and the matching
    /// index is only built for needs the cache does not hold.
    public func finder(_ prompts: PromptBook? = nil) -> CachedSolverFinder {
        let wording = prompts.map(MatchWording.init(prompts:)) ?? .english
        let language = prompts?.language ?? .en
        let fingerprint =
            current(fingerprints[language])
            ?? {
                let value = SolverAnswerCache.fingerprint(
                    network: store.network, knowledge: knowledge,
                    language: wording.language)
                fingerprints[language] = Derived(generation: generation, value: value)
                return value
            }()
        if let kept = finders[language], kept.generation == generation || kept.value.cache.fingerprint == fingerprint {
            finders[language] = Derived(generation: generation, value: kept.value)
            return kept.value
        }
        let file = files.solverAnswers(language: wording.language)
        let cache = SolverAnswerCache.read(FileManager.default.contents(atPath: file.path), fingerprint: fingerprint)
        let network = self.network
        let finder = CachedSolverFinder(cache: cache) { [weak self] in
            MatchIndexFinder(
                index: self?.index ?? MatchIndex(network: network, knowledge: KnowledgeBase()),
                network: network, wording: wording)
        }
        finders[language] = Derived(generation: generation, value: finder)
        return finder
    }

    // MARK: - Actions

    /// The rules' matches on `day` (today when nil), texts in the language of `prompts`: kept
    /// until the store changes, so asking again costs only the ranking.
    public func matches(_ prompts: PromptBook? = nil, on day: Day? = nil) -> ActionMatches {
        let key = MatchesKey(day: day ?? today, language: prompts?.language)
        if let known = current(dayMatches[key]) { return known }
        let finder = self.finder(prompts)
        let matches = ActionMatches(network: network, today: key.day, rules: rules(prompts).rules, finder: finder)
        saveSolverAnswers(finder, language: prompts.map { MatchWording(prompts: $0).language } ?? "en")
        dayMatches = dayMatches.filter { $0.value.generation == generation }
        dayMatches[key] = Derived(generation: generation, value: matches)
        return matches
    }

    /// Today's actions (see `ActionMatches.actions`).
    public func actions(
        _ prompts: PromptBook? = nil, limit: Int? = nil,
        involving contact: ContactID? = nil
    ) -> [SuggestedAction] {
        matches(prompts).actions(limit: limit, involving: contact)
    }

    /// Writes the solver answers worked out this time, when there are new ones and the data
    /// folder exists. The cache is derived data: a failure to write it (a full disk) is no
    /// error, and the next run simply asks the index again.
    private func saveSolverAnswers(_ finder: CachedSolverFinder, language: String) {
        guard finder.cache.changed, FileManager.default.fileExists(atPath: files.location.folder.path) else { return }
        let file = files.solverAnswers(language: language)
        if (try? AtomicFileWriter().write(finder.cache.encoded(), to: file, mode: 0o600)) != nil {
            finder.cache.markSaved()
        }
    }

    /// The kept value when it was worked out from the store's current generation.
    private func current<Value>(_ derived: Derived<Value>?) -> Value? {
        guard let derived, derived.generation == generation else { return nil }
        return derived.value
    }
}
