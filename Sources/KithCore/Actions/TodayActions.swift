/// Every rule's matches for one network, day and rule set, before ranking: compute it once per
/// version of the store (the shell keeps it between commands), then select from it as often as
/// needed. Selecting ranks with a top-k pass and works out texts only for what it returns.
public struct ActionMatches {
    let builder: ActionBuilder
    let rules: RuleSet

    package init(network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding) {
        builder = matchActions(network, today: today, rules: rules, finder: finder)
        self.rules = rules
    }

    /// The actions that show today, best first; the first `limit`, when given; only those
    /// about `contact`, when given.
    public func actions(limit: Int? = nil, involving contact: ContactID? = nil) -> [SuggestedAction] {
        builder.finish(rules: rules, .open(limit: limit, involving: contact)).actions
    }

    /// The first `limit` actions and how many show today in all: for "and 5 more" lines.
    public func actionsAndOpenCount(limit: Int) -> (actions: [SuggestedAction], openCount: Int) {
        builder.finish(rules: rules, .open(limit: limit, involving: nil))
    }

    /// Every match, hidden ones included with their `status`.
    package func allActions() -> [SuggestedAction] {
        builder.finish(rules: rules, .all).actions
    }

    /// What the calendar lists through `lastDay`, and what every match covers.
    func calendar(through lastDay: Day) -> CalendarSelection {
        builder.calendar(rules: rules, through: lastDay)
    }

    /// The action with the short (or long) id `id`, case-insensitive, hidden or not.
    public func action(id: String) -> SuggestedAction? {
        builder.finish(rules: rules, .id(id)).actions.first
    }
}

/// Today's suggested actions: every rule applied to the network, ranked by priority (then
/// urgency), de-duplicated, without those done, snoozed or dismissed and still hidden.
/// With `limit`, only the first `limit` are returned (and only their texts are worked out);
/// with `involving`, only the actions about that contact.
package func actions(
    for network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding,
    limit: Int? = nil, involving contact: ContactID? = nil
) -> [SuggestedAction] {
    ActionMatches(network: network, today: today, rules: rules, finder: finder).actions(
        limit: limit, involving: contact)
}

/// Today's first `limit` actions (as `actions(for:…)`) and how many show today in all, from one
/// pass over the rules: for "and 5 more" lines.
package func actionsAndOpenCount(
    for network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding,
    limit: Int
) -> (actions: [SuggestedAction], openCount: Int) {
    ActionMatches(network: network, today: today, rules: rules, finder: finder).actionsAndOpenCount(limit: limit)
}

/// Every action the rules suggest today, hidden ones included with their `status`
/// (for listing what was snoozed or done).
package func allActions(for network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding)
    -> [SuggestedAction]
{
    ActionMatches(network: network, today: today, rules: rules, finder: finder).allActions()
}

/// The action with the short id `id` (case-insensitive) today, hidden or not.
package func suggestedAction(
    id: String, for network: Network, today: Day, rules: RuleSet,
    finder: NeedSolverFinding
) -> SuggestedAction? {
    ActionMatches(network: network, today: today, rules: rules, finder: finder).action(id: id)
}

func matchActions(_ network: Network, today: Day, rules: RuleSet, finder: NeedSolverFinding) -> ActionBuilder {
    var builder = ActionBuilder(network: network, today: today, finder: finder)
    var contactRules: [(RuleSlot, Condition)] = []
    var promiseRules: [(RuleSlot, Condition)] = []
    var searches: [(Rule, (inout ActionBuilder, Rule) -> Void)] = []
    for rule in rules.rules {
        switch rule.generator.behaviour.enumeration {
        case .eachContact: contactRules.append((builder.slot(for: rule), rule.condition))
        case .eachOpenPromise: promiseRules.append((builder.slot(for: rule), rule.condition))
        case .search(let search): searches.append((rule, search))
        }
    }
    if !contactRules.isEmpty || !promiseRules.isEmpty {
        let tiers = TierResolver(settings: network.settings)
        let contacts = network.contacts
        // On a day in the past, people added after it are not known yet.
        for c in contacts.indices where contacts[c].added <= today {
            let position = Int32(c)
            var facts = ContactFacts(contacts[c], today: today, tiers: tiers)
            let sinceLast = facts.last.days(until: today)
            for (slot, condition) in contactRules {
                builder.offer(slot, condition, facts, contact: position, promise: nil, urgency: sinceLast)
            }
            guard facts.openPromisesCount > 0 else { continue }
            for (p, promise) in contacts[c].promises.enumerated() where promise.isOpen {
                facts.promise = promise
                for (slot, condition) in promiseRules {
                    builder.offer(
                        slot, condition, facts, contact: position, promise: Int32(p),
                        urgency: promise.recorded.days(until: today))
                }
            }
        }
    }
    for (rule, search) in searches { search(&builder, rule) }
    return builder
}
