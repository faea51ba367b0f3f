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
        rules = RuleLoader.load(shippedFile: share.appendingPathComponent("data/rules.json"), userFile: nil).rules
        finder = MatchIndexFinder(index: index, network: store.network)
    }

    func who(_ query: String) -> WhoAnswer {
        index.whoCanHelp(query, limit: 10)
    }

    /// Today's rule matches, as the shell computes them after each change to the store (the
    /// index and its solver answers kept).
    func matches(_ day: Day) -> ActionMatches {
        ActionMatches(network: store.network, today: day, rules: rules, finder: finder)
    }

    /// What `kith today` shows, from matches the shell keeps between changes.
    func today(_ matches: ActionMatches) -> (actions: [SuggestedAction], openCount: Int) {
        matches.actionsAndOpenCount(limit: 7)
    }
}
