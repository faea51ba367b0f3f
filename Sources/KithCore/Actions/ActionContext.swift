/// What a pair or `me` generator found, in words, for an action's explanation
/// ("Ana needs 'a tax adviser'; Ben offers 'tax advice' (match 92%).").
enum ActionContext {
    static func lines(_ generator: RuleGenerator, _ facts: PairFacts) -> [String] {
        let need = facts.need?.text ?? "?"
        let other = facts.other ?? "?"
        let reason = facts.reason ?? "?"
        switch generator {
        case .needSolver:
            let (a, b) = facts.nameHasNeed ? (facts.name, other) : (other, facts.name)
            var lines = ["\(a) needs '\(need)'; \(b) \(reason) (match \(facts.scorePercent ?? 0)%)."]
            if facts.bothWays == true { lines.append("\(b) also needs something \(a) can help with: introduce them both ways.") }
            if let step = facts.step, step != .introduce { lines.append("Double opt-in introduction, step: \(step.rawValue).") }
            return lines
        case .nearbyField:
            return ["Nobody you know solves '\(need)' for \(facts.name); \(other) \(reason)."]
        case .myNeedSolver:
            return ["You need '\(need)'; \(facts.name) \(reason)."]
        case .introductionCheckIn:
            return ["You introduced \(facts.name) and \(other) on \(facts.introduced?.description ?? "?"): \(facts.why ?? "")."]
        case .eachContact, .eachOpenPromise:
            return []
        }
    }
}
