import Foundation
import KithCore

/// What the command line holds in memory after loading: the store, the knowledge base, the
/// matching index, the rules and the finder. Built the way `kith who` and `kith today` build it.
struct LoadedNetwork {
    let store: Store
    let index: MatchIndex
    let rules: RuleSet
    let finder: MatchIndexFinder

    init(home: URL, share: URL) throws {
        store = Store(location: StoreLocation(folder: home))
        try store.load()
        let (knowledge, _) = KnowledgeBase.load(defaultsFolder: share.appendingPathComponent("data"), userFolder: home)
        index = MatchIndex(network: store.network, knowledge: knowledge)
        let rulesURL = share.appendingPathComponent("data/rules.json")
        let defaults = FileManager.default.contents(atPath: rulesURL.path).map { ($0, rulesURL.path) }
            ?? (DefaultRules.data, RuleLoader.builtInName)
        rules = RuleLoader.load(defaults: defaults, user: nil).rules
        finder = MatchIndexFinder(index: index, network: store.network)
    }

    func who(_ query: String) -> WhoAnswer {
        index.whoCanHelp(query, limit: 10)
    }

    func today(_ day: Day) -> [SuggestedAction] {
        actions(for: store.network, today: day, rules: rules, finder: finder, limit: 7)
    }
}
