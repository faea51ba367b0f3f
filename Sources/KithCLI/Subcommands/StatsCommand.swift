import ArgumentParser
import KithCore

/// `kith stats`: debriefs per week, follow-up rate, introductions made, needs solved.
struct StatsCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show debriefs per week, your follow-up rate, introductions made and needs solved.",
        discussion: """
            Debriefs are meetings, meals, calls and first meetings. A meeting counts as followed \
            up when a follow-up is recorded within \(NetworkStats.followUpDays) days; meetings \
            of the last \(NetworkStats.followUpDays) days are shown as pending.
            """)

    @Option(help: ArgumentHelp("How many weeks to show, ending with this one.", valueName: "n"))
    var weeks = 12

    func validate() throws {
        guard (1...104).contains(weeks) else {
            throw ValidationError("--weeks must be between 1 and 104, not \(weeks)")
        }
    }

    func run(in session: Session) throws {
        let network = try session.loadedStore().network
        let stats = NetworkStats(network: network, today: session.today, weeks: weeks)
        let total = stats.debriefsPerWeek.reduce(0) { $0 + $1.count }
        session.say(
            "Debriefs per week (last \(weeks) \(weeks == 1 ? "week" : "weeks"), \(total) in all; weeks start on Monday)"
        )
        for line in TextBars.render(stats.debriefRows, width: 30) { session.say("  " + line) }
        session.say()
        var rate = "Follow-up rate: "
        if let value = stats.followUpRate {
            rate +=
                "\(Int((value * 100).rounded()))% (\(stats.followedUp) of \(stats.meetings) meetings followed up within \(NetworkStats.followUpDays) days)"
        } else {
            rate += "no meetings to measure yet"
        }
        if stats.followUpsPending > 0 { rate += "; \(stats.followUpsPending) still to follow up" }
        session.say(rate)
        session.say("Introductions made: \(stats.introductionsMade) (each person introduced counts once)")
        session.say("Needs solved: \(stats.needsSolved)")
    }
}
