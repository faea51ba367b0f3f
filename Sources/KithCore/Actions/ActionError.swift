/// Why a change to the network was refused; the front end words it (the data is all here).
public enum ActionError: Error, Equatable, Sendable {
    /// No suggested action has this id today.
    case unknownAction(String)
    /// A snooze must end after today.
    case snoozeNotLater(until: Day, today: Day)
    /// Nobody is called this.
    case unknownContact(String)
    /// Several people could be meant; `candidates` are "Name (id)".
    case ambiguousContact(String, candidates: [String])
    /// No open need matches; `contact` is nil for the user's own needs.
    case unknownNeed(contact: String?, need: String, open: [String])
    /// Several needs match.
    case ambiguousNeed(contact: String, need: String, candidates: [String])
    /// None of the user's offers matches.
    case unknownOffer(String)
    /// No tier has this name; `known` are the tiers there are.
    case unknownTier(String, known: [String])
    /// A text that must not be empty is.
    case emptyText(field: Field)

    /// The text an `emptyText` error is about.
    public enum Field: Sendable {
        case contactName, need, offer
    }
}
