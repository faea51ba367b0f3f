/// `introductionCheckIn`: an introduction made but not yet followed up, with the two people
/// it joined. Done, it closes the introduction with the note as its outcome.
struct IntroductionCheckInGenerator: ActionGenerator {
    var subject: RuleSubject { .pair }
    var enumeration: SubjectEnumeration { .search { builder, rule in builder.addCheckIns(rule) } }
    var facts: [Fact] { [.name, .other, .why, .introduced, .daysSinceIntroduced] }
    var daysFact: Fact { .daysSinceIntroduced }
    var defaultMinConfidence: Double { 0 }
    var schedulesReconnects: Bool { false }

    func context(_ facts: PairFacts, wording: ContextWording) -> [String] {
        [wording(.checkIn, ActionContext.values(facts, wording: wording))]
    }

    func recordDone(
        _ action: SuggestedAction, note: String?, today: Day, introduced: Network.IntroductionNote,
        in network: inout Network
    ) -> [KeptPromise] {
        if action.contactIDs.count == 2,
            let at = network.introductions.lastIndex(where: {
                $0.connects(action.contactIDs[0], action.contactIDs[1]) && $0.followedUp == nil
            })
        {
            network.introductions[at].followedUp = today
            network.introductions[at].outcome = note
        }
        network.log(action.logAs, on: action.contactIDs, note: note ?? action.text, today: today)
        return []
    }
}

extension ActionBuilder {
    fileprivate mutating func addCheckIns(_ rule: Rule) {
        let slot = slot(for: rule)
        for (i, intro) in network.introductions.enumerated() where intro.followedUp == nil {
            guard let made = intro.made, let a = position(of: intro.first), let b = position(of: intro.second) else {
                continue
            }
            offer(
                slot, PairRecord(introduction: Int32(i)), subject: ActionSubject(first: a, second: b),
                urgency: made.days(until: today))
        }
    }
}
