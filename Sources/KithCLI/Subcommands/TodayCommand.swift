import ArgumentParser
import KithCore

/// `kith today`: the coach's ranked suggestions for the day, each with a short id to act on.
struct TodayCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Show today's suggested actions, most important first.",
        discussion: """
            Each line starts with a short id: act on it with 'kith done ID', 'kith snooze ID', \
            'kith dismiss ID', or ask 'kith why ID'. Actions done, snoozed or dismissed stay \
            hidden for a while. Problems in rules files are printed as warnings.
            """)

    @Option(help: "Show the suggestions for this day (YYYY-MM-DD) instead of today.", transform: DayArgument.parse)
    var date: Day?

    @Option(help: "How many suggestions to show.")
    var limit = 7

    @Flag(help: "Print JSON: an array of {id, rule, text, contacts, contactIDs, item, why, priority}; actions about a match add {score, confidence, concepts}.")
    var json = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        try CountArgument.checkLimit(limit, option: "--limit")
    }

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let coach = try Coach(session: session, prompts: prompts)
        coach.warnAboutProblems(session)
        let day = date ?? coach.today
        let (shown, openCount) = coach.matches(on: day).actionsAndOpenCount(limit: limit)
        if json {
            session.say(try JSONOutput.text(JSONValue.array(shown.map(ActionLines.json))))
            return
        }
        if shown.isEmpty {
            session.say(coach.network.contacts.isEmpty && coach.network.me.needs.isEmpty
                ? prompts.text("today.emptyNetwork")
                : date == nil ? prompts.text("today.upToDate") : prompts.text("today.upToDateOn", ["day": day.description]))
            return
        }
        let style = session.style
        for action in shown { session.say(ActionLines.line(action, style: style)) }
        let rest = openCount - shown.count
        if rest > 0 {
            let next = (openCount + 9) / 10 * 10
            let dateOption = date.map { " --date \($0)" } ?? ""
            session.say(prompts.text("today.more", ["count": "\(rest)", "command": "kith today\(dateOption) --limit \(next)"]))
        }
    }
}
