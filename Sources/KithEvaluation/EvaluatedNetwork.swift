import Foundation
import KithCore

/// The evaluation network loaded the way `kith demo` and then `kith who` / `kith today` load a
/// network: built from the people file on a fixed day, written and read back as a store, with
/// the shipped knowledge and rules (no user files).
public struct EvaluatedNetwork {
    public let network: Network
    public let today: Day
    public let index: MatchIndex
    public let rules: RuleSet
    /// Problems in the shipped knowledge or rules files, worth a warning.
    public let problems: [String]
    private let finder: MatchIndexFinder

    /// Loads `networkFile` on `today`, with knowledge and rules from `dataFolder` (the package's
    /// `data/`).
    public init(networkFile: URL, dataFolder: URL, today: Day) throws {
        let built = try DemoNetwork.build(from: networkFile, today: today, ids: Self.repeatableIDs())
        // What the commands read is the stored network, so go through the store's encoding.
        network = try StoreCodec.decode(StoreCodec.encode(built), path: networkFile.path, backup: "none")
        self.today = today
        let (knowledge, knowledgeProblems) = KnowledgeBase.load(defaultsFolder: dataFolder, userFolder: nil)
        let ruleLoad = RuleLoader.load(shippedFile: dataFolder.appendingPathComponent("rules.json"), userFile: nil)
        rules = ruleLoad.rules
        problems = knowledgeProblems.map(String.init(describing:)) + ruleLoad.problems.map(String.init(describing:))
        index = MatchIndex(network: network, knowledge: knowledge)
        finder = MatchIndexFinder(index: index, network: network)
    }

    /// Contact ids from a fixed sequence: actions of equal rank are ordered by id, so random ids
    /// would move the 100th action, and the score, from one run to the next.
    static func repeatableIDs() -> ContactIDGenerator {
        var state: UInt32 = 0x4b17_4e7a
        return ContactIDGenerator {
            // A linear congruential sequence: distinct values, the same every run.
            state = state &* 1_664_525 &+ 1_013_904_223
            return state
        }
    }

    /// `kith who WORDS…`: the question read as the command reads it, and its answer (10 people,
    /// the command's default).
    package func who(_ question: String) -> (direction: WhoDirection, answer: WhoAnswer) {
        let (direction, text) = WhoQuery.parse(question.split(separator: " ").map(String.init))
        let answer = direction == .needs ? index.whoNeeds(text, limit: 10) : index.whoCanHelp(text, limit: 10)
        return (direction, answer)
    }

    /// `kith today --limit N`: the first `limit` open actions.
    public func todayActions(limit: Int) -> [SuggestedAction] {
        ActionMatches(network: network, today: today, rules: rules, finder: finder).actionsAndOpenCount(limit: limit)
            .actions
    }

    /// The id of the one contact called `name`, if exactly one is.
    public func contactID(named name: String) -> ContactID? {
        let found = network.contacts.filter { $0.name == name }
        return found.count == 1 ? found[0].id : nil
    }
}
