import Foundation
import KithCore

/// The rules and the need-solver finder, loaded once per session and rebuilt only when the
/// store changes.
struct Coach {
    let rules: RuleSet
    let problems: [RuleProblem]
    let finder: NeedSolverFinding
    let network: Network
    let today: Day

    init(session: Session) throws {
        let store = try session.loadedStore()
        let load = session.derived("rules", from: store) { _ in Coach.loadRules(session) }
        rules = load.rules
        problems = load.problems
        finder = try session.derived("finder", from: store) { network in try SolverFinder.make(network: network, session: session) }
        network = store.network
        today = session.today
    }

    static func loadRules(_ session: Session) -> RuleLoad {
        let defaultsURL = session.share.data.appendingPathComponent("rules.json")
        let userURL = session.location.folder.appendingPathComponent("rules.json")
        let defaults = FileManager.default.contents(atPath: defaultsURL.path).map { ($0, defaultsURL.path) }
            ?? (DefaultRules.data, RuleLoader.builtInName)
        let user = FileManager.default.contents(atPath: userURL.path).map { ($0, userURL.path) }
        return RuleLoader.load(defaults: defaults, user: user)
    }

    /// Rule problems as warnings, so a broken user rule never goes unnoticed.
    func warnAboutProblems(_ session: Session) {
        for problem in problems { session.warn("warning: \(problem)") }
    }

    func actions(limit: Int? = nil) -> [SuggestedAction] {
        KithCore.actions(for: network, today: today, rules: rules, finder: finder, limit: limit)
    }
}

/// Builds the finder the pair rules use: the matching index (offers and knowledge), with a
/// word-overlap finder for "works in a nearby field", built only when a need has no solver.
enum SolverFinder {
    static func make(network: Network, session: Session) throws -> NeedSolverFinding {
        MatchIndexFinder(index: try Matching(session: session).index, network: network)
    }
}

/// After a debrief, shows the actions that involve the person just debriefed.
struct DebriefFollowUp {
    let session: Session

    func showActions(for contact: ContactID) {
        guard let coach = try? Coach(session: session) else { return }
        let related = coach.actions().filter { $0.contactIDs.contains(contact) }.prefix(5)
        guard !related.isEmpty else { return }
        session.say("")
        session.say("Suggested next steps:")
        for action in related { session.say("  [\(action.id)] \(action.text)") }
    }
}
