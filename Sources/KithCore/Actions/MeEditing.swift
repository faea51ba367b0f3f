/// Edits of the user's own needs, offers and name (`kith me`).
extension Network {
    public mutating func setMyName(_ name: String?) {
        me.name = name.map(TextFolding.tidy).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Adds a need of the user's; the "ask for help" rule looks for contacts who solve it.
    public mutating func addMyNeed(_ text: String, today: Day) throws {
        let text = TextFolding.tidy(text)
        guard !text.isEmpty else { throw ActionError.emptyText(field: .need) }
        me.needs.append(Need(text, recorded: today))
    }

    /// Marks the user's open need matching `text` as solved.
    public mutating func solveMyNeed(_ text: String, by: String?, today: Day) throws {
        let n = try Self.openNeed(in: me.needs, matching: text, owner: "you")
        me.needs[n].solved = today
        me.needs[n].solvedBy = by.map(TextFolding.tidy).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Removes the user's need matching `text` (open or not).
    public mutating func removeMyNeed(_ text: String) throws {
        let wanted = TextFolding.fold(text)
        guard let n = me.needs.firstIndex(where: { TextFolding.fold($0.text) == wanted }) else {
            throw ActionError.unknownNeed(contact: nil, need: text, open: me.needs.filter(\.isOpen).map(\.text))
        }
        me.needs.remove(at: n)
    }

    /// Adds something the user can solve for others.
    public mutating func addMyOffer(_ text: String, today: Day) throws {
        let text = TextFolding.tidy(text)
        guard !text.isEmpty else { throw ActionError.emptyText(field: .offer) }
        me.offers.append(DatedText(text, recorded: today))
    }

    /// Removes the user's offer matching `text`.
    public mutating func removeMyOffer(_ text: String) throws {
        let wanted = TextFolding.fold(text)
        guard let n = me.offers.firstIndex(where: { TextFolding.fold($0.text) == wanted }) else {
            throw ActionError.unknownOffer(text)
        }
        me.offers.remove(at: n)
    }

    /// Chooses how introductions are made.
    public mutating func setIntroductionStyle(_ style: IntroductionStyle) {
        settings.introductionStyle = style
    }
}
