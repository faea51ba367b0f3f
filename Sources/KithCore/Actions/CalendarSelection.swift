/// The matches `kith calendar` needs: those it shows (open ones today, snoozed ones on the day
/// they come back, up to its last day), worked out in full; and, from every match, hidden ones
/// included, the promises and the people it already covers. Nothing else gets a text.
struct CalendarSelection {
    /// The actions shown and the day each is dated, best first.
    var shown: [(action: SuggestedAction, date: Day)] = []
    /// Contact id and promise text of each open promise a match is about.
    var coveredPromises: Set<[String]> = []
    /// People a reconnect match is about.
    var reconnecting: Set<ContactID> = []
}

extension ActionBuilder {
    func calendar(rules: RuleSet, through lastDay: Day) -> CalendarSelection {
        var selection = CalendarSelection()
        let statuses = self.statuses(rules: rules)
        let reconnects = usedRules.map(\.generator.schedulesReconnects)
        var dates = [Day?](repeating: nil, count: pending.count)
        var listed: [Int] = []
        for (i, action) in pending.enumerated() {
            let subject = action.subject
            if subject.second == nil, let item = item(subject) {
                selection.coveredPromises.insert([network.contacts[Int(subject.first)].id, item])
            }
            if reconnects[Int(action.rule)] { selection.reconnecting.formUnion(contactIDs(subject)) }
            switch statuses[i] ?? .open {
            case .open: dates[i] = today
            case .snoozed(let until) where until <= lastDay: dates[i] = until
            case .snoozed, .done, .dismissed: continue
            }
            listed.append(i)
        }
        let ranking = self.ranking(rules: rules)
        listed.sort(by: ranking.before)
        selection.shown = listed.compactMap { i in
            dates[i].map { (materialize(i, id: ranking.id(i), status: statuses[i] ?? .open, rules: rules), $0) }
        }
        return selection
    }
}
