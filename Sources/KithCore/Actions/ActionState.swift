/// Done, snooze and dismiss: pure changes to a `Network` that the command layer saves.
extension Network {
    /// Finds today's action with `id` (case-insensitive), hidden ones included.
    package func suggestedAction(id: String, today: Day, rules: RuleSet, finder: NeedSolverFinding) throws
        -> SuggestedAction
    {
        guard let action = KithCore.suggestedAction(id: id, for: self, today: today, rules: rules, finder: finder)
        else {
            throw ActionError.unknownAction(id)
        }
        return action
    }

    /// The history note of a made introduction, worded by the front end: the other person's
    /// name (nil when not known) and what the introduction is about.
    public typealias IntroductionNote = (_ other: String?, _ about: String) -> String

    /// Marks the action done: records it in the contacts' history and applies its effect
    /// (an introduction is recorded on both people, a promise is marked kept, a check-in closes
    /// the introduction with `note` as the outcome). It stays hidden for the rule's cooldown.
    /// Without `note`, an introduction's history says `introduced` (by default, what it is about).
    @discardableResult
    public mutating func markDone(
        _ action: SuggestedAction, note: String?, today: Day, introduced: IntroductionNote = { _, about in about }
    ) -> [KeptPromise] {
        let note = note.flatMap { $0.isEmpty ? nil : $0 }
        let kept = action.generator.behaviour.recordDone(
            action, note: note, today: today, introduced: introduced, in: &self)
        record(action, .done, today: today, until: nil, note: note)
        return kept
    }

    /// Hides the action until `until` (which must be after `today`).
    public mutating func snooze(_ action: SuggestedAction, until: Day, today: Day) throws {
        guard until > today else { throw ActionError.snoozeNotLater(until: until, today: today) }
        record(action, .snoozed, today: today, until: until, note: nil)
    }

    /// Hides the action for the rule's cooldown (at least a day).
    public mutating func dismiss(_ action: SuggestedAction, today: Day) {
        record(action, .dismissed, today: today, until: nil, note: nil)
    }

    /// `markDone` for the action with `id` among today's actions; returns the action.
    @discardableResult
    package mutating func markDone(
        actionID id: String, note: String?, today: Day, rules: RuleSet, finder: NeedSolverFinding
    ) throws -> SuggestedAction {
        let action = try suggestedAction(id: id, today: today, rules: rules, finder: finder)
        markDone(action, note: note, today: today)
        return action
    }

    /// `snooze` for the action with `id` among today's actions; returns the action.
    @discardableResult
    package mutating func snooze(actionID id: String, until: Day, today: Day, rules: RuleSet, finder: NeedSolverFinding)
        throws -> SuggestedAction
    {
        let action = try suggestedAction(id: id, today: today, rules: rules, finder: finder)
        try snooze(action, until: until, today: today)
        return action
    }

    /// `dismiss` for the action with `id` among today's actions; returns the action.
    @discardableResult
    package mutating func dismiss(actionID id: String, today: Day, rules: RuleSet, finder: NeedSolverFinding) throws
        -> SuggestedAction
    {
        let action = try suggestedAction(id: id, today: today, rules: rules, finder: finder)
        dismiss(action, today: today)
        return action
    }

    private mutating func record(
        _ action: SuggestedAction, _ state: ActionLogEntry.State, today: Day, until: Day?, note: String?
    ) {
        actionLog.removeAll { $0.key == action.key }
        actionLog.append(
            ActionLogEntry(
                id: action.id, key: action.key, ruleID: action.ruleID, state: state,
                on: today, until: until, note: note))
    }

    mutating func log(_ kind: InteractionKind, on ids: [ContactID], note: String?, today: Day) {
        for id in ids {
            guard let c = index(of: id) else { continue }
            contacts[c].interactions.append(Interaction(date: today, kind: kind, note: note))
        }
    }

    /// Records the introduction step `action` stands for; returns the promises it kept.
    mutating func recordIntroductionStep(
        _ action: SuggestedAction, note: String?, today: Day, introduced: IntroductionNote
    ) -> [KeptPromise] {
        guard action.contactIDs.count == 2 else { return [] }
        let (first, second) = (action.contactIDs[0], action.contactIDs[1])
        let at: Int
        if let existing = introductions.lastIndex(where: { $0.connects(first, second) && $0.made == nil }) {
            at = existing
        } else {
            introductions.append(
                Introduction(first: first, second: second, why: action.item ?? action.text, suggested: today))
            at = introductions.count - 1
        }
        switch action.step ?? .introduce {
        case .askFirst:
            introductions[at].askedFirst = today
            log(.message, on: [introductions[at].first], note: note ?? action.text, today: today)
        case .askSecond:
            introductions[at].askedSecond = today
            log(.message, on: [introductions[at].second], note: note ?? action.text, today: today)
        case .introduce, .connect:
            introductions[at].made = today
            let names = action.contactNames
            let about: String = action.item ?? ""
            for (i, id) in [first, second].enumerated() {
                let other: String? = names.count == 2 ? names[1 - i] : nil
                log(.introduction, on: [id], note: note ?? introduced(other, about), today: today)
            }
            return keepIntroductionPromises(between: first, and: second, today: today)
        }
        return []
    }

    /// Marks kept the open promises an introduction of `first` and `second` fulfils: a promise
    /// to either one that speaks of introducing (or connecting) and names the other one.
    private mutating func keepIntroductionPromises(between first: ContactID, and second: ContactID, today: Day)
        -> [KeptPromise]
    {
        let intent = ["introduc", "present", "connect", "in touch", "contacto", "conectar", "poner en"]
        var kept: [KeptPromise] = []
        for (owner, other) in [(first, second), (second, first)] {
            guard let o = index(of: owner), let otherContact = contact(id: other) else { continue }
            let otherNames = TextFolding.fold(otherContact.name).split(separator: " ").filter { $0.count >= 3 }.map(
                String.init)
            for p in contacts[o].promises.indices where contacts[o].promises[p].isOpen {
                let text = TextFolding.fold(contacts[o].promises[p].text)
                let words = Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
                guard intent.contains(where: { text.contains($0) }),
                    otherNames.contains(where: { words.contains($0) })
                else { continue }
                contacts[o].promises[p].kept = today
                kept.append(KeptPromise(name: contacts[o].name, text: contacts[o].promises[p].text))
            }
        }
        return kept
    }
}

/// A promise a done action fulfilled and marked kept.
public struct KeptPromise: Sendable, Equatable {
    /// Whom it was made to.
    public let name: String
    public let text: String
}
