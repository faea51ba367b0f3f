/// What a rule looks at: one contact, a pair of contacts, or the user.
package enum RuleSubject: String, Hashable, Sendable, CaseIterable {
    case contact, pair, me
}

/// The generators rules files name. Each is one `ActionGenerator` (see `behaviour`): it belongs
/// to one subject and defines how subjects are found and the facts its rules may use.
package enum RuleGenerator: String, Hashable, Sendable, CaseIterable {
    /// Every contact (the default for contact rules).
    case eachContact
    /// Every contact, for rules that keep in touch on the contact's cadence: the calendar dates
    /// a person's next reconnect itself unless such a rule already suggests one.
    case reconnect
    /// Every open promise, oldest first.
    case eachOpenPromise
    /// A contact's open need and someone who solves it (asks the solver finder).
    case needSolver
    /// An introduction made but not yet followed up.
    case introductionCheckIn
    /// An open need nobody solves, and a contact in a nearby field who may know someone.
    case nearbyField
    /// One of the user's own open needs and a contact who solves it.
    case myNeedSolver

    /// The generator a rule gets when it names none.
    package static func defaultFor(_ subject: RuleSubject) -> RuleGenerator? {
        subject == .contact ? .eachContact : nil
    }

}
