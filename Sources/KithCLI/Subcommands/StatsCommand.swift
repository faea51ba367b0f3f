import ArgumentParser
import KithCore

/// `kith stats`: the user's networking over time, with text bars.
struct StatsCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Your networking over time: debriefs per week, follow-up rate, introductions, needs solved.")

    @Option(help: "How many weeks to show.")
    var weeks: Int = 12

    func validate() throws {
        guard (1...104).contains(weeks) else { throw ValidationError("--weeks must be between 1 and 104") }
    }

    func run(in session: Session) throws {
        let network = try session.loadedStore().network
        let stats = NetworkStats(network: network, today: session.today, weeks: weeks)
        session.say("Meetings per week (last \(weeks) weeks):")
        for line in TextBars.render(stats.debriefRows, width: 30) { session.say("  " + line) }
        if let rate = stats.followUpRate {
            session.say("Follow-up within \(NetworkStats.followUpDays) days: \(Int((rate * 100).rounded()))% (\(stats.followedUp) of \(stats.meetings - stats.followUpsPending) meetings)"
                + (stats.followUpsPending > 0 ? "; \(stats.followUpsPending) still to follow up" : ""))
        } else {
            session.say("Follow-up rate: no meetings yet")
        }
        session.say("Introductions made: \(stats.introductionsMade)")
        session.say("Needs solved: \(stats.needsSolved)")
        session.say("People in your network: \(network.contacts.count)")
    }
}
