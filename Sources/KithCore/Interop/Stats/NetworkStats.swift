/// The numbers behind `kith stats`, computed from a network and today's date.
///
/// The window is the last `weeks` calendar weeks (Monday to Sunday), ending with the week that
/// holds today.
package struct NetworkStats: Hashable, Sendable {
    /// Debriefs in one week.
    package struct Week: Hashable, Sendable {
        /// The Monday the week starts on.
        package var start: Day
        package var count: Int
    }

    /// Interactions of the debrief kinds, per week, oldest first.
    package var debriefsPerWeek: [Week]
    /// `met` interactions in the window whose follow-up time is over or that were followed up.
    package var meetings: Int
    /// Of `meetings`, those with a `follow-up` interaction within 2 days.
    package var followedUp: Int
    /// Meetings of the last 2 days not yet followed up (not counted in `meetings`).
    package var followUpsPending: Int
    /// Interactions of kind `introduction` in the window (one per person introduced).
    package var introductionsMade: Int
    /// Needs marked solved in the window.
    package var needsSolved: Int

    /// `followedUp / meetings`, or nil when there were no meetings.
    package var followUpRate: Double? {
        meetings == 0 ? nil : Double(followedUp) / Double(meetings)
    }

    /// The kinds counted as debriefs: conversations kith asks about afterwards.
    package static let debriefKinds: Set<InteractionKind> = [.met, .meal, .meeting, .call]
    /// How many days after meeting someone a follow-up still counts as prompt.
    package static let followUpDays = 2

    package init(
        network: Network, today: Day, weeks: Int = 12, debriefKinds: Set<InteractionKind> = NetworkStats.debriefKinds
    ) {
        let weekCount = max(1, weeks)
        let thisWeek = NetworkStats.weekStart(of: today)
        let first = thisWeek.adding(days: -7 * (weekCount - 1))
        var counts = Array(repeating: 0, count: weekCount)
        var meetings = 0
        var followedUp = 0
        var pending = 0
        var introductions = 0
        var solved = 0
        for contact in network.contacts {
            for interaction in contact.interactions where interaction.date >= first && interaction.date <= today {
                if debriefKinds.contains(interaction.kind) {
                    counts[first.days(until: interaction.date) / 7] += 1
                }
                if interaction.kind == .introduction { introductions += 1 }
                guard interaction.kind == .met else { continue }
                let met = interaction.date
                let prompt = contact.interactions.contains {
                    $0.kind == .followUp && $0.date >= met && met.days(until: $0.date) <= NetworkStats.followUpDays
                }
                if prompt {
                    meetings += 1
                    followedUp += 1
                } else if met.days(until: today) <= NetworkStats.followUpDays {
                    pending += 1
                } else {
                    meetings += 1
                }
            }
            solved +=
                contact.needs.filter { need in
                    guard let day = need.solved else { return false }
                    return day >= first && day <= today
                }.count
        }
        debriefsPerWeek = counts.enumerated().map { Week(start: first.adding(days: 7 * $0.offset), count: $0.element) }
        self.meetings = meetings
        self.followedUp = followedUp
        self.followUpsPending = pending
        self.introductionsMade = introductions
        self.needsSolved = solved
    }

    /// The Monday on or before `day`.
    package static func weekStart(of day: Day) -> Day {
        // Day number 0 (1970-01-01) was a Thursday, three days after a Monday.
        let sinceMonday = ((day.dayNumber + 3) % 7 + 7) % 7
        return day.adding(days: -sinceMonday)
    }

    /// One bar row per week, labelled with the week's Monday.
    package var debriefRows: [TextBars.Row] {
        debriefsPerWeek.map { TextBars.Row(label: $0.start.description, value: $0.count) }
    }
}
