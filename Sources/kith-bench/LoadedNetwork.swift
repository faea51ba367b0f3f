import Foundation
import KithCore

/// What the command line holds in memory after loading: the store and the coach over it,
/// made the way `kith who` and `kith today` make them.
struct LoadedNetwork {
    let coach: Coach

    var store: Store { coach.store }

    init(home: URL, share: URL) throws {
        let location = StoreLocation(folder: home)
        let store = Store(location: location)
        try store.load()
        coach = Coach(
            store: store, files: CoachFiles(shippedData: share.appendingPathComponent("data"), location: location),
            today: SizeBenchmark.today)
    }

    func who(_ query: String) -> WhoAnswer {
        coach.index.whoCanHelp(query, limit: 10)
    }

    /// Today's rule matches, worked out again as the shell does after a change to the store
    /// that leaves searchable text alone (the index and its solver answers kept).
    func matches(_ day: Day) -> ActionMatches {
        ActionMatches(network: store.network, today: day, rules: coach.rules().rules, finder: coach.finder())
    }

    /// What `kith today` shows, from matches the shell keeps between changes.
    func today(_ matches: ActionMatches) -> (actions: [SuggestedAction], openCount: Int) {
        matches.actionsAndOpenCount(limit: 7)
    }
}
