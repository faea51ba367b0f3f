import KithCore

/// Checks that an evaluation set is fit to measure with: big enough, balanced between the two
/// languages, every name a person in the network, and every decoy kind the coach must resist
/// present.
public enum EvaluationSetCheck {
    /// The least the set must hold.
    public static let minimumPeople = 60
    public static let minimumWho = 100
    public static let minimumWhoNeeds = 20
    public static let minimumPairs = 60
    /// Each language's least share of the `who` questions.
    public static let minimumLanguageShare = 0.45
    public static let languages: Set<String> = ["en", "es"]
    /// The decoys named when the coach's judgement was found wanting; each needs a "dont" pair.
    public static let requiredDecoyKinds = [
        "contratar-contratos", "small-shops-offices", "online-shops", "website-context",
        "cartera", "back-garden", "social-security",
    ]

    /// Every problem found, in words that name the entry; empty when the set is fit.
    public static func problems(in set: EvaluationSet, network: Network) -> [String] {
        var problems: [String] = []
        var count: [String: Int] = [:]
        for contact in network.contacts { count[contact.name, default: 0] += 1 }
        let person = { (name: String, place: String) -> String? in
            switch count[name] ?? 0 {
            case 0: return "\(place): nobody called '\(name)' in the network"
            case 1: return nil
            default: return "\(place): several people are called '\(name)'"
            }
        }
        if set.evaluationDay == nil { problems.append("'day' must be a date like 2026-12-01, not '\(set.day)'") }
        if network.contacts.count < minimumPeople {
            problems.append("the network has \(network.contacts.count) people; at least \(minimumPeople) are needed")
        }
        for (section, queries, direction, minimum) in [
            ("who", set.who, WhoDirection.canHelp, minimumWho),
            ("whoNeeds", set.whoNeeds, WhoDirection.needs, minimumWhoNeeds),
        ] {
            if queries.count < minimum {
                problems.append("\(section) has \(queries.count) questions; at least \(minimum) are needed")
            }
            for (n, query) in queries.enumerated() {
                let place = "\(section) \(n + 1) ('\(query.query)')"
                let parsed = WhoQuery.parse(query.query.split(separator: " ").map(String.init))
                if parsed.text.isEmpty { problems.append("\(place): the question is empty") }
                if parsed.direction != direction {
                    problems.append(
                        "\(place): 'kith who' reads it as \(parsed.direction.rawValue), not \(direction.rawValue)")
                }
                if !languages.contains(query.language) {
                    problems.append("\(place): language must be en or es, not '\(query.language)'")
                }
                if query.acceptable.isEmpty { problems.append("\(place): no acceptable answer") }
                for name in Set(query.acceptable).intersection(query.decoys) {
                    problems.append("\(place): '\(name)' is both acceptable and a decoy")
                }
                problems += (query.acceptable + query.decoys).compactMap { person($0, place) }
            }
        }
        for language in languages.sorted() {
            let share = Double(set.who.filter { $0.language == language }.count) / Double(max(1, set.who.count))
            if share < minimumLanguageShare {
                problems.append(
                    "only \(Int((share * 100).rounded()))% of the who questions are in '\(language)'; at least \(Int(minimumLanguageShare * 100))% are needed"
                )
            }
        }
        problems += pairProblems(set.pairs, network: network, person: person)
        return problems
    }

    private static func pairProblems(
        _ pairs: [PairExpectation], network: Network,
        person: (String, String) -> String?
    ) -> [String] {
        var problems: [String] = []
        if pairs.count < minimumPairs {
            problems.append("pairs has \(pairs.count) entries; at least \(minimumPairs) are needed")
        }
        for verdict in [PairExpectation.Verdict.introduce, .dont]
        where !pairs.contains(where: { $0.verdict == verdict }) {
            problems.append("pairs has no '\(verdict.rawValue)' pair")
        }
        let dontKinds = Set(pairs.filter { $0.verdict == .dont }.map(\.kind))
        for kind in requiredDecoyKinds where !dontKinds.contains(kind) {
            problems.append("pairs has no 'dont' pair of the kind '\(kind)'")
        }
        var seen: Set<Set<String>> = []
        for (n, pair) in pairs.enumerated() {
            let place = "pair \(n + 1) (\(pair.needer) – \(pair.solver))"
            problems += [pair.needer, pair.solver].compactMap { person($0, place) }
            if pair.needer == pair.solver { problems.append("\(place): a person paired with themselves") }
            if !seen.insert([pair.needer, pair.solver]).inserted {
                problems.append("\(place): the pair is judged twice")
            }
            if let needer = network.contacts.first(where: { $0.name == pair.needer }), needer.needs.isEmpty {
                problems.append("\(place): \(pair.needer) has no need to introduce anyone for")
            }
        }
        return problems
    }
}
