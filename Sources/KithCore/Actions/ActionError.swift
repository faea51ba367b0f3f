/// Why an action or an edit of the network could not be applied.
public enum ActionError: Error, CustomStringConvertible, Equatable, Sendable {
    case unknownAction(String)
    case snoozeNotLater(until: Day, today: Day)
    case unknownContact(String)
    case ambiguousContact(String, candidates: [String])
    case unknownNeed(contact: String, need: String, open: [String])
    case ambiguousNeed(contact: String, need: String, candidates: [String])
    case unknownOffer(String)
    case unknownTier(String, known: [String])
    case emptyText(field: String)

    public var description: String {
        switch self {
        case .unknownAction(let id):
            return "no suggested action has the id '\(id)' today (run 'kith today' to see the ids)"
        case .snoozeNotLater(let until, let today):
            return "cannot snooze until \(until): pick a day after today (\(today))"
        case .unknownContact(let name):
            return "no contact is called '\(name)'"
        case .ambiguousContact(let name, let candidates):
            return "'\(name)' could be any of: \(candidates.joined(separator: ", ")); be more specific"
        case .unknownNeed(let contact, let need, let open):
            let list = open.isEmpty ? "none" : open.map { "'\($0)'" }.joined(separator: ", ")
            return "\(contact) has no open need matching '\(need)' (open needs: \(list))"
        case .ambiguousNeed(let contact, let need, let candidates):
            return "'\(need)' matches several needs of \(contact): \(candidates.map { "'\($0)'" }.joined(separator: ", "))"
        case .unknownOffer(let offer):
            return "you have no offer matching '\(offer)'"
        case .unknownTier(let tier, let known):
            return "unknown tier '\(tier)'; known tiers: \(known.joined(separator: ", "))"
        case .emptyText(let field):
            return "the \(field) is empty"
        }
    }
}
