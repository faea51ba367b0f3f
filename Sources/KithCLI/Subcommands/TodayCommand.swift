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

    @Flag(
        help:
            "Print JSON: an array of {id, rule, text, contacts, contactIDs, item, why, priority}; actions about a match add {score, confidence, concepts}."
    )
    var json = false

    @Flag(help: "List the snoozed actions instead ('kith undo ID' brings one back).")
    var snoozed = false

    @Flag(help: "List the dismissed actions instead ('kith undo ID' brings one back).")
    var dismissed = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        try CountArgument.checkLimit(limit, option: "--limit")
        if snoozed && dismissed { throw ValidationError("use --snoozed or --dismissed, not both") }
    }

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let coach = try session.coach()
        session.warnAbout(coach.rules(prompts).problems)
        let day = date ?? coach.today
        if snoozed || dismissed {
            listHidden(snoozed ? .snoozed : .dismissed, on: day, coach: coach, prompts: prompts, session: session)
            return
        }
        let (shown, openCount) = coach.matches(prompts, on: day).actionsAndOpenCount(limit: limit)
        if json {
            session.say(try JSONOutput.text(JSONValue.array(shown.map(ActionLines.json))))
            return
        }
        if shown.isEmpty {
            session.sayWrapped(
                coach.network.contacts.isEmpty && coach.network.me.needs.isEmpty
                    ? prompts.text("today.emptyNetwork")
                    : date == nil
                        ? prompts.text("today.upToDate") : prompts.text("today.upToDateOn", ["day": day.description]))
            return
        }
        let style = session.style
        for action in shown { session.sayWrapped(ActionLines.line(action, style: style)) }
        let rest = openCount - shown.count
        if rest > 0 {
            let next = (openCount + 9) / 10 * 10
            let dateOption = date.map { " --date \($0)" } ?? ""
            session.sayWrapped(
                prompts.text(
                    "today.more",
                    [
                        "count": "\(rest)",
                        "command": (session.inShell ? "" : "kith ") + "today\(dateOption) --limit \(next)",
                    ]))
        }
    }

    /// The actions the user hid in `state` and still hidden on `day`, newest first.
    private func listHidden(
        _ state: ActionLogEntry.State, on day: Day, coach: Coach, prompts: PromptBook, session: Session
    ) {
        let entries = coach.network.actionLog.filter { entry in
            entry.state == state && (entry.until.map { $0 > day } ?? true)
        }.sorted { $0.on > $1.on }
        if entries.isEmpty {
            session.say(prompts.text(state == .snoozed ? "today.noSnoozed" : "today.noDismissed"))
            return
        }
        let matches = coach.matches(prompts, on: day)
        for entry in entries {
            let text =
                matches.action(id: entry.id)?.text
                ?? "\(entry.ruleID): \(TodayCommand.names(in: entry, coach.network, prompts))"
            let until = entry.until.map { prompts.text("today.hiddenUntil", ["day": $0.description]) } ?? ""
            session.sayWrapped(session.style.handle("[\(entry.id)]") + " \(text) " + session.style.faint(until))
        }
        session.say(prompts.text("today.bringBack"))
    }

    /// The people an action-log entry is about, from the ids in its key.
    static func names(in entry: ActionLogEntry, _ network: Network, _ prompts: PromptBook) -> String {
        entry.key.split(separator: "|").dropFirst().compactMap { network.contact(id: String($0))?.name }
            .joined(separator: prompts.text("list.and"))
    }
}
