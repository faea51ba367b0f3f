import Foundation
import Testing

/// A small network on 2026-11-23: a new contact with a promise and a need Marta solves, people
/// overdue for a catch-up, and someone met recently whose needs are unknown.
private let network = """
[
  {"name": "Luis Moreno", "met": "2026-11-22", "needs": ["a tax adviser for his startup"],
   "offers": ["Swift mentoring"], "promises": ["send the article on pricing"]},
  {"name": "Marta Ruiz", "met": "2026-06-01", "offers": ["tax advice for startups"], "needs": ["a designer"]},
  {"name": "Ana García", "met": "2026-01-10", "offers": ["interior design"], "needs": ["a plumber"], "tags": ["family"]},
  {"name": "Pedro Sanz", "met": "2026-08-01", "offers": ["legal contracts"], "needs": ["investors"]},
  {"name": "Eva Lima", "met": "2026-11-01"},
  {"name": "Tom Berg", "met": "2026-05-01", "offers": ["woodwork"], "needs": ["a van"]},
  {"name": "Rosa Vidal", "met": "2026-04-01", "offers": ["photography"], "needs": ["a studio"]}
]
"""

private func sandbox() throws -> KithHome {
    let box = try KithHome()
    try box.importDebriefs(network)
    return box
}

@Suite struct CoachCommandTests {
    // MARK: today

    @Test func todayListsRankedActionsWithShortIDsAndCountsTheRest() throws {
        let box = try sandbox()
        let result = try box.run(["today"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let actions = lines.filter { $0.hasPrefix("[") }
        #expect(actions.count == 7)
        for line in actions { #expect(line.range(of: #"^\[[0-9a-z]{6}\] "#, options: .regularExpression) != nil, "\(line)") }
        // The same-day follow-up has the highest priority.
        #expect(actions.first?.contains("Send Luis Moreno a short e-mail") == true)
        #expect(actions.contains { $0.contains("Introduce Luis Moreno and Marta Ruiz") })
        let total = try box.todayLines().count
        #expect(total > 7)
        #expect(lines.last == "and \(total - 7) more: kith today --limit \((total + 9) / 10 * 10)")
        // Ids are stable from one run to the next.
        #expect(try box.run(["today"]).stdout == result.stdout)
    }

    @Test func limitShowsFewerAndDateChangesTheDay() throws {
        let box = try sandbox()
        let two = try box.run(["today", "--limit", "2"]).stdout.split(separator: "\n")
        #expect(two.count == 3)
        #expect(two[2].hasPrefix("and ") && two[2].contains("more: kith today --limit"))
        // Two days later Luis is no longer "met yesterday": no same-day follow-up.
        let later = try box.todayLines(["--date", "2026-11-25"])
        #expect(!later.contains { $0.contains("short e-mail") })
        let bad = try box.run(["today", "--date", "25/11/2026"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("not a day in the form YYYY-MM-DD"))
        #expect(try box.run(["today", "--limit", "0"]).status != 0)
    }

    @Test func todayJSONHasTheAgreedKeys() throws {
        let box = try sandbox()
        let result = try box.run(["today", "--json", "--limit", "3"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        for row in rows {
            for key in ["id", "rule", "text", "contacts", "why", "priority"] { #expect(row[key] != nil, "missing \(key)") }
            #expect(row["contacts"] is [String])
            #expect(row["priority"] is NSNumber)
        }
        #expect(rows[0]["rule"] as? String == "same-day-follow-up")
        #expect(rows[0]["contacts"] as? [String] == ["Luis Moreno"])
        #expect((rows[0]["why"] as? String)?.contains("daysSinceMet = 1") == true)
    }

    @Test func todaySpeaksSpanishWithLangOrTheLocaleAndKeepsTheSameIDs() throws {
        let box = try sandbox()
        let english = try box.run(["today", "--limit", "20"])
        let spanish = try box.run(["today", "--limit", "20", "--lang", "es"])
        #expect(spanish.status == 0, "\(spanish.stderr)")
        #expect(spanish.stdout.contains("Cumple lo que prometiste a Luis Moreno: send the article on pricing (lo prometiste ayer)."))
        #expect(!spanish.stdout.contains("Keep your promise"))
        #expect(spanish.stdout.contains("Marta Ruiz puede ayudar (ofrece «tax advice for startups»)"), "\(spanish.stdout)")
        #expect(english.stdout.contains("Marta Ruiz offers 'tax advice for startups'"), "\(english.stdout)")
        func ids(_ text: String) -> [String] { text.split(separator: "\n").filter { $0.hasPrefix("[") }.map { String($0.prefix(8)) } }
        #expect(ids(spanish.stdout) == ids(english.stdout))
        let spanishLocale = ["LANG": "es_ES.UTF-8"]
        let fromLocale = try box.run(["today", "--limit", "2"], environment: spanishLocale)
        #expect(fromLocale.stdout.contains(" más: kith today --limit "), "\(fromLocale.stdout)")
        #expect(try box.run(["today", "--lang", "fr"], environment: spanishLocale).status != 0)
    }

    @Test func importContactsLogAndSolvedSpeakSpanishWithKithLang() throws {
        let box = try sandbox()
        let spanish = ["KITH_LANG": "es"]
        let file = try box.write(#"[{"name": "Nora Gil"}, {"name": "Luis Moreno", "needs": ["a van"]}, {"nombre": "x"}]"#, to: "more.json")
        let imported = try box.run(["import", file], environment: spanish)
        #expect(imported.stdout.contains("añadido      Nora Gil"), "\(imported.stdout)")
        #expect(imported.stdout.contains("actualizado  Luis Moreno (nuevo encuentro)"), "\(imported.stdout)")
        #expect(imported.stdout.contains("importados 2 de 3 registros (1 nuevos, 1 actualizados, 1 rechazados, 0 sin cambios)"), "\(imported.stdout)")
        #expect(imported.stderr.contains("registro 3"), "\(imported.stderr)")
        let listed = try box.run(["contacts"], environment: spanish)
        #expect(listed.stdout.contains("8 personas"), "\(listed.stdout)")
        let logged = try box.run(["log", "Nora", "meal", "pizza"], environment: spanish)
        #expect(logged.stdout.contains("Anotado: comida con Nora Gil el 2026-11-23: pizza."), "\(logged.stdout)")
        let solved = try box.run(["solved", "Luis", "a van", "--by", "Tom Berg"], environment: spanish)
        #expect(solved.stdout.contains("Resuelta la necesidad de Luis Moreno: «a van» (por Tom Berg)."), "\(solved.stdout)")
        let unknown = try box.run(["contact", "Zoe"], environment: spanish)
        #expect(unknown.status != 0 && unknown.stderr.contains("no hay nadie llamado «Zoe» en tu red"), "\(unknown.stderr)")
    }

    @Test func kithLangAndTheShellsLangMakeSpanishTheDefault() throws {
        let box = try sandbox()
        let shell = try box.run(["--lang", "es"], input: "today --limit 1\nwho tax advice\n")
        #expect(shell.stdout.contains("Quién puede ayudar con «tax advice»:"), "\(shell.stdout)")
        #expect(shell.stdout.contains(" más: today --limit "), "\(shell.stdout)")
        let kithLang = ["KITH_LANG": "es"]
        #expect(try box.run(["today", "--limit", "1"], environment: kithLang).stdout.contains(" más: kith today --limit "))
        // An explicit --lang still wins.
        #expect(try box.run(["today", "--limit", "1", "--lang", "en"], environment: kithLang).stdout.contains(" more: kith today --limit "))
    }

    @Test func whoSpeaksSpanishWithLang() throws {
        let box = try sandbox()
        let found = try box.run(["who", "tax", "advice", "--lang", "es"])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.hasPrefix("Quién puede ayudar con «tax advice»:"), "\(found.stdout)")
        #expect(found.stdout.contains("Marta Ruiz — ofrece: tax advice for startups"), "\(found.stdout)")
        let nobody = try box.run(["who", "submarinos", "--lang", "es"])
        #expect(nobody.stdout.contains("Nadie en tu red encaja con «submarinos» todavía."), "\(nobody.stdout)")
        let english = try box.run(["who", "tax", "advice"])
        #expect(english.stdout.contains("Marta Ruiz — offers: tax advice for startups"))
    }

    @Test func aQuestionUnderstoodButUnansweredSaysWhatItWasReadAs() throws {
        let box = try sandbox()
        // Nobody here fixes taps: kith says what it understood, not which spellings are near.
        let understood = try box.run(["who", "my", "tap", "keeps", "dripping"])
        #expect(understood.stdout.contains("Nobody in your network matches"), "\(understood.stdout)")
        #expect(understood.stdout.contains("(read as: plumbing"), "\(understood.stdout)")
        #expect(!understood.stdout.contains("Closest terms"), "\(understood.stdout)")
        let unknown = try box.run(["who", "submarinos"])
        #expect(unknown.stdout.contains("Nobody in your network matches") && !unknown.stdout.contains("(read as:"), "\(unknown.stdout)")
    }

    @Test func theContactCardAndTheSummarySpeakSpanishToo() throws {
        let box = try sandbox()
        let card = try box.run(["contact", "Luis", "--lang", "es"])
        #expect(card.status == 0, "\(card.stderr)")
        for text in ["Necesita:", "Prometido:", "Historial:", "os conocisteis", "a tax adviser for his startup"] {
            #expect(card.stdout.contains(text), "missing \(text) in \(card.stdout)")
        }
        let summary = try box.run(["export", "Luis", "--lang", "es"])
        #expect(summary.status == 0, "\(summary.stderr)")
        for text in ["## Qué necesita", "(desde el 2026-11-22)", "## Acciones pendientes", "Cumple lo que prometiste a Luis Moreno"] {
            #expect(summary.stdout.contains(text), "missing \(text) in \(summary.stdout)")
        }
        let english = try box.run(["export", "Luis"])
        #expect(english.stdout.contains("## What they need") && english.stdout.contains("## Pending actions"))
    }

    @Test func solverAnswersAreKeptBetweenRunsAndADamagedCacheChangesNothing() throws {
        let box = try sandbox()
        let first = try box.run(["today", "--limit", "50"])
        let cache = box.dataFolder.appendingPathComponent("solver-answers.cache")
        var info = stat()
        #expect(stat(cache.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(try box.run(["today", "--limit", "50"]).stdout == first.stdout)
        try Data("kith-solver-answers 1 0\nN\tgarbage\n".utf8).write(to: cache)
        #expect(try box.run(["today", "--limit", "50"]).stdout == first.stdout)
        try Data([0xFF, 0x00, 0x0A]).write(to: cache)
        #expect(try box.run(["today", "--limit", "50"]).stdout == first.stdout)
        // New searchable text (an offer) makes the answers change, cache or not.
        try box.importDebriefs(#"[{"name": "Nora Gil", "offers": ["help finding a tax adviser"]}]"#)
        let after = try box.run(["today", "--limit", "50"])
        #expect(after.stdout != first.stdout)
        #expect(after.stdout.contains("Nora Gil"))
    }

    @Test func anEmptyNetworkGetsAFriendlyLine() throws {
        let box = try KithHome()
        let result = try box.run(["today"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("network is empty"))
        let json = try JSONSerialization.jsonObject(with: Data(try box.run(["today", "--json"]).stdout.utf8))
        #expect((json as? [Any])?.isEmpty == true)
    }

    // MARK: done, snooze, dismiss, why

    @Test func doneHidesTheActionAndGoesIntoTheHistory() throws {
        let box = try sandbox()
        let id = try #require(try box.actionID(containing: "Introduce Luis Moreno and Marta Ruiz"))
        let done = try box.run(["done", id, "--note", "sent both an e-mail"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.hasPrefix("Done: [\(id)] Introduce Luis Moreno and Marta Ruiz"))
        #expect(done.stdout.contains("recorded in the history of Luis Moreno and Marta Ruiz"))
        #expect(!(try box.todayLines()).contains { $0.hasPrefix("[\(id)]") })
        let card = try box.run(["contact", "Marta"]).stdout
        #expect(card.contains("2026-11-23 introduction: sent both an e-mail"))
        #expect(card.contains("with Luis Moreno: made 2026-11-23"))
    }

    @Test func doneKeepsAPromise() throws {
        let box = try sandbox()
        let id = try #require(try box.actionID(containing: "Keep your promise to Luis Moreno"))
        #expect(try box.run(["done", id]).status == 0)
        let card = try box.run(["contact", "Luis"]).stdout
        #expect(card.contains("send the article on pricing (2026-11-22) — kept 2026-11-23"))
        #expect(!(try box.todayLines()).contains { $0.contains("Keep your promise") })
    }

    @Test func doneOnAHiddenActionOrAnUnknownIDFails() throws {
        let box = try sandbox()
        // Asking Eva what she needs leaves her needs unknown, so the rule still matches; done hides it.
        let id = try #require(try box.actionID(containing: "Ask Eva Lima what they need"))
        #expect(try box.run(["done", id]).status == 0)
        let again = try box.run(["done", id])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already marked done on 2026-11-23"))
        let unknown = try box.run(["done", "zzzzzz"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no suggested action has the id 'zzzzzz'"))
        #expect(try box.run(["snooze", "zzzzzz"]).status != 0)
        #expect(try box.run(["dismiss", "zzzzzz"]).status != 0)
        #expect(try box.run(["why", "zzzzzz"]).status != 0)
    }

    @Test func snoozeAndDismissLastAcrossProcesses() throws {
        let box = try sandbox()
        let tom = try #require(try box.actionID(containing: "Reach out to Tom Berg"))
        let rosa = try #require(try box.actionID(containing: "Reach out to Rosa Vidal"))
        let eva = try #require(try box.actionID(containing: "Ask Eva Lima what they need"))
        let snoozed = try box.run(["snooze", tom])
        #expect(snoozed.stdout.hasPrefix("Snoozed until 2026-11-30: [\(tom)] Reach out to Tom Berg"))
        #expect(try box.run(["snooze", rosa, "--until", "2026-12-10"]).status == 0)
        let dismissed = try box.run(["dismiss", eva])
        #expect(dismissed.stdout.hasPrefix("Dismissed until 2026-12-07: [\(eva)]"))
        let now = try box.todayLines()
        #expect(!now.contains { $0.hasPrefix("[\(tom)]") || $0.hasPrefix("[\(rosa)]") || $0.hasPrefix("[\(eva)]") })
        // Tom's snooze ends on the 30th, Rosa's on 10 December; Eva's cooldown is 14 days.
        let dec1 = try box.todayLines(today: "2026-12-01")
        #expect(dec1.contains { $0.hasPrefix("[\(tom)]") })
        #expect(!dec1.contains { $0.hasPrefix("[\(rosa)]") })
        #expect(try box.todayLines(today: "2026-12-10").contains { $0.hasPrefix("[\(rosa)]") })
        // Bad snoozes.
        #expect(try box.run(["snooze", tom, "--days", "3", "--until", "2026-12-01"]).status != 0)
        let past = try box.run(["snooze", try #require(try box.actionID(containing: "Pedro Sanz")), "--until", "2026-11-01"])
        #expect(past.status != 0)
        #expect(past.stderr.contains("pick a day after today"))
    }

    @Test func whyNamesTheRuleAndTheFactsWithTheirValues() throws {
        let box = try sandbox()
        let id = try #require(try box.actionID(containing: "Reach out to Ana García"))
        let why = try box.run(["why", id])
        #expect(why.status == 0)
        #expect(why.stdout.contains("Rule: reconnect-overdue — Reconnect before the tie fades"))
        #expect(why.stdout.contains("Idea: Keep in touch on a cadence"))
        #expect(why.stdout.contains("daysSinceLastInteraction = 317 ≥ cadence.maximumDays (120)"))
        let intro = try #require(try box.actionID(containing: "Introduce Luis Moreno"))
        let introWhy = try box.run(["why", intro.uppercased()]).stdout
        #expect(introWhy.contains("Luis Moreno needs 'a tax adviser for his startup' → "), "\(introWhy)")
        #expect(introWhy.contains("Marta Ruiz offers 'tax advice for startups' → "), "\(introWhy)")
        #expect(introWhy.contains("(same concept)") && !introWhy.contains("match "), "\(introWhy)")
    }

    // MARK: rules

    @Test func rulesListsEachRuleWithItsSource() throws {
        let box = try KithHome()
        let result = try box.run(["rules"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("same-day-follow-up"))
        #expect(result.stdout.range(of: #"reconnect-overdue\s+75\s+7d\s+shipped\s+Reconnect before the tie fades"#, options: .regularExpression) != nil)
        #expect(result.stdout.contains("14 rules: 14 shipped"))
    }

    @Test func rulesCheckAcceptsAGoodFile() throws {
        let box = try KithHome()
        let good = try box.write("""
            {"schemaVersion": 1, "rules": [
              {"id": "reconnect", "priority": 41},
              {"id": "wish-well", "title": "Wish well", "description": "A test rule.", "idea": "Small gestures",
               "appliesTo": "contact", "conditions": {"all": [{"fact": "interactionCount", "operator": "atLeast", "value": 1}]},
               "action": "Wish {name} well.", "priority": 10, "cooldownDays": 30}
            ]}
            """, to: "good.json")
        let result = try box.run(["rules", "check", good])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "OK: 2 rules in \(good)\n")
        // Without a file and without a user file: the shipped rules.
        #expect(try box.run(["rules", "check"]).stdout.hasPrefix("OK: 14 rules in "))
    }

    @Test func rulesCheckNamesFileRuleAndFieldOfEachProblem() throws {
        let box = try KithHome()
        let bad = try box.write("""
            {"schemaVersion": 1, "rules": [
              {"id": "mine", "title": "Mine", "description": "x", "idea": "y", "appliesTo": "contact",
               "conditions": {"all": [{"fact": "daysSinceMett", "operator": "atLeast", "value": 3}]},
               "action": "Hi {name}", "priority": "high", "cooldownDays": 3}
            ]}
            """, to: "bad.json")
        let result = try box.run(["rules", "check", bad])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(bad): rule 'mine' (rule 1), field priority: expected a whole number"))
        #expect(result.stdout.contains("\(bad): rule 'mine' (rule 1), field conditions.all[0].fact: unknown fact 'daysSinceMett'"))
        #expect(result.stdout.contains("2 problems in \(bad)"))
        let broken = try box.write("{\"schemaVersion\": 1,\n \"rules\": [\n  {\"id\": \"x\",}\n]}", to: "broken.json")
        let syntax = try box.run(["rules", "check", broken])
        #expect(syntax.status == 1)
        #expect(syntax.stdout.contains("\(broken): invalid JSON at line 3, column 14: expected a field name"))
        let missing = try box.run(["rules", "check", box.folder.appendingPathComponent("nope.json").path])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("cannot read the file"))
    }

    @Test func theUsersRulesFileIsCheckedByDefaultAndWarnedAbout() throws {
        let box = try sandbox()
        try #"{"schemaVersion": 1, "rules": [{"id": "reconnect", "cooldownDays": -4}]}"#
            .write(to: box.dataFolder.appendingPathComponent("rules.json"), atomically: true, encoding: .utf8)
        let check = try box.run(["rules", "check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("rules.json: rule 'reconnect' (rule 1), field cooldownDays"))
        let today = try box.run(["today"])
        #expect(today.status == 0)
        #expect(today.stderr.contains("warning: ") && today.stderr.contains("field cooldownDays"))
        #expect(try box.run(["rules"]).stderr.contains("field cooldownDays"))
    }

    // MARK: log, solved, tier, me

    @Test func loggingAnInteractionResetsTheReconnectSuggestion() throws {
        let box = try sandbox()
        #expect(try box.todayLines().contains { $0.contains("Catch up with Pedro Sanz") })
        let log = try box.run(["log", "Pedro", "call", "talked", "about", "the", "round"])
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout == "Logged call with Pedro Sanz on 2026-11-23: talked about the round.\n")
        #expect(!(try box.todayLines()).contains { $0.contains("Pedro Sanz") && $0.contains("Catch up") })
        #expect(try box.run(["contact", "Pedro"]).stdout.contains("2026-11-23 call: talked about the round"))
        let meal = try box.run(["log", "Tom Berg", "lunch", "--date", "2026-11-20"])
        #expect(meal.stdout.hasPrefix("Logged meal with Tom Berg on 2026-11-20"))
        #expect(try box.run(["log", "Nobody", "call"]).stderr.contains("nobody called 'Nobody'"))
        #expect(try box.run(["log", "Pedro", "call", "--date", "2027-01-01"]).status != 0)
    }

    @Test func solvedMarksANeedMetAndStopsTheIntroduction() throws {
        let box = try sandbox()
        let solved = try box.run(["solved", "Luis", "tax", "--by", "Marta"])
        #expect(solved.status == 0, "\(solved.stderr)")
        #expect(solved.stdout == "Solved: Luis Moreno's need 'a tax adviser for his startup' (by Marta Ruiz).\n")
        #expect(!(try box.todayLines()).contains { $0.contains("Introduce Luis Moreno") })
        #expect(try box.run(["contact", "Luis"]).stdout.contains("solved 2026-11-23 by Marta Ruiz"))
        let again = try box.run(["solved", "Luis", "tax"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("no open need matching 'tax'"))
    }

    @Test func tierShowsAndSetsTheCadence() throws {
        let box = try sandbox()
        #expect(try box.run(["tier", "Ana"]).stdout == "Ana García: regular (every 90 days, at most 120) — the default\n")
        #expect(try box.run(["tier", "Ana", "close"]).stdout == "Ana García: close (every 30 days, at most 45) — set for this person\n")
        #expect(try box.run(["tier", "--tag", "family", "acquaintance"]).status == 0)
        #expect(try box.run(["tier", "Ana", "none"]).stdout.contains("acquaintance (every 180 days, at most 365) — from the tag 'family'"))
        // 317 days: no longer overdue, only due, for an acquaintance.
        let lines = try box.todayLines()
        #expect(lines.contains { $0.contains("Catch up with Ana García") && $0.contains("acquaintance") })
        let unknown = try box.run(["tier", "Ana", "best"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown tier 'best'"))
        #expect(try box.run(["tier"]).status != 0)
    }

    @Test func myNeedLeadsToAnAskForHelpSuggestion() throws {
        let box = try sandbox()
        #expect(try box.run(["me", "name", "Sam", "Lee"]).status == 0)
        let add = try box.run(["me", "need", "add", "someone", "for", "legal", "contracts"])
        #expect(add.status == 0, "\(add.stderr)")
        let ask = try #require(try box.todayLines().first { $0.contains("Ask Pedro Sanz for help with someone for legal contracts") })
        #expect(try box.run(["why", String(ask.dropFirst().prefix(6))]).stdout.contains("Rule: ask-for-help"))
        #expect(try box.run(["me", "offer", "add", "Swift", "mentoring"]).status == 0)
        #expect(try box.run(["me", "intro-style", "double-opt-in"]).status == 0)
        let me = try box.run(["me"]).stdout
        #expect(me.contains("Name: Sam Lee"))
        #expect(me.contains("Introductions: double-opt-in"))
        #expect(me.contains("• someone for legal contracts (since 2026-11-23)"))
        #expect(me.contains("• Swift mentoring"))
        // Double opt-in: the introduction starts by asking Luis.
        #expect(try box.todayLines().contains { $0.contains("Ask Luis Moreno whether they would like an introduction to Marta Ruiz") })
        #expect(try box.run(["me", "need", "solved", "legal", "--by", "Pedro"]).stdout == "Solved your need 'someone for legal contracts' (by Pedro Sanz).\n")
        #expect(!(try box.todayLines()).contains { $0.contains("Ask Pedro Sanz for help") })
        #expect(try box.run(["me", "need", "remove", "someone for legal contracts"]).status == 0)
        #expect(try box.run(["me", "offer", "remove", "swift mentoring"]).stdout == "Removed your offer 'Swift mentoring'.\n")
        #expect(try box.run(["me", "offer", "remove", "juggling"]).status != 0)
        #expect(try box.run(["me", "intro-style", "sideways"]).status != 0)
    }

    @Test func theShellRunsTheSameCommands() throws {
        let box = try sandbox()
        let result = try box.run([], input: "me need add a bike\nme\ntier Ana\nrules check\ntoday --limit 1\nsnooze nothing1\n")
        #expect(result.stdout.contains("Added your need 'a bike'"))
        #expect(result.stdout.contains("• a bike (since 2026-11-23)"))
        #expect(result.stdout.contains("Ana García: regular"))
        #expect(result.stdout.contains("OK: 14 rules"))
        // Inside the shell, hints name commands without "kith ".
        #expect(result.stdout.contains("more: today --limit"))
        #expect(result.stderr.contains("no suggested action has the id 'nothing1'"))
    }
}

// MARK: edit

extension CoachCommandTests {
    /// The data folder's leftover edit files.
    private func editFiles(_ box: KithHome) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: box.dataFolder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("edit-") }
    }

    @Test func editAppliesWhatTheEditorSaved() throws {
        let box = try sandbox()
        let editor = try box.write("""
            #!/bin/sh
            ls -l "$1" | cut -c1-10 > "\(box.folder.path)/mode"
            sed -i -e 's/"name" : "Pedro Sanz"/"name" : "Pedro Sanz Gil"/' -e 's/"legal contracts"/"company law"/' "$1"
            """, to: "editor.sh", executable: true)
        let result = try box.run(["edit", "Pedro"], environment: ["EDITOR": editor, "VISUAL": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Saved Pedro Sanz Gil (changed: name, offers).\n")
        #expect(try String(contentsOf: box.folder.appendingPathComponent("mode"), encoding: .utf8) == "-rw-------\n")
        let card = try box.run(["contact", "Pedro"]).stdout
        #expect(card.hasPrefix("Pedro Sanz Gil"))
        #expect(card.contains("company law"))
        #expect(try editFiles(box).isEmpty)
    }

    @Test func editShowsReadableJSONAndSavingUnchangedDoesNothing() throws {
        let box = try sandbox()
        let copy = box.folder.appendingPathComponent("seen.json")
        let result = try box.run(["edit", "Luis"], environment: ["VISUAL": "cp \"$1\" \(copy.path) && true"])
        #expect(result.stdout == "No changes to Luis Moreno.\n")
        let seen = try String(contentsOf: copy, encoding: .utf8)
        let lines = seen.split(separator: "\n")
        #expect(lines.first == "{")
        #expect(lines.dropFirst().first?.hasPrefix("  \"id\" : ") == true)
        #expect(lines.dropFirst(2).first == "  \"name\" : \"Luis Moreno\",")
        #expect(seen.contains("\"knows\" : [],"))
        #expect(try editFiles(box).isEmpty)
    }

    @Test func editReopensWithTheErrorAndKeepsWhatWasTyped() throws {
        let box = try sandbox()
        let counter = box.folder.appendingPathComponent("count")
        // First run: a new name but a missing comma. Second run: keep everything, add the comma.
        let editor = try box.write("""
            #!/bin/sh
            n=$(cat "\(counter.path)" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "\(counter.path)"
            cp "$1" "\(box.folder.path)/seen-$n.json"
            if [ $n = 1 ]; then
              sed -i 's/"name" : "Pedro Sanz",/"name" : "Pedro Typed"/' "$1"
            else
              sed -i 's/"name" : "Pedro Typed"$/"name" : "Pedro Typed",/' "$1"
            fi
            """, to: "editor.sh", executable: true)
        // Re-opening needs a terminal: without one an invalid file is refused after one try.
        let kith = try #require(builtExecutable(named: "kith"))
        let terminal = try PseudoTerminal(executable: kith, arguments: ["edit", "Pedro"], environment: box.environment(["EDITOR": editor]))
        #expect(terminal.waitForExit() == 0, "\(terminal.output)")
        #expect(terminal.output.contains("Not saved: invalid JSON at line 4, column 3: expected ',' or '}'"))
        #expect(terminal.output.contains("Saved Pedro Typed (changed: name)."))
        let second = try String(contentsOf: box.folder.appendingPathComponent("seen-2.json"), encoding: .utf8)
        let first = try #require(second.split(separator: "\n").first)
        #expect(first.hasPrefix("{ \"_error\": \"Not saved: invalid JSON at line 4, column 3"))
        #expect(second.contains("\"name\" : \"Pedro Typed\"\n"))
        // The error field is not stored.
        let stored = try String(contentsOf: box.dataFolder.appendingPathComponent("store.json"), encoding: .utf8)
        #expect(!stored.contains("_error"))
        #expect(try editFiles(box).isEmpty)
    }

    @Test func editRefusesAChangedIDAtOnceWithoutATerminal() throws {
        let box = try sandbox()
        let editor = try box.write("""
            #!/bin/sh
            sed -i 's/"id" : "[^"]*"/"id" : "someone-else"/' "$1"
            """, to: "editor.sh", executable: true)
        let result = try box.run(["edit", "Rosa"], environment: ["EDITOR": editor])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the id must stay"))
        #expect(result.stderr.contains("Nothing saved: the file is not a valid contact"), "\(result.stderr)")
        let kept = try #require(try editFiles(box).first)
        #expect(result.stderr.contains(kept.path))
        #expect(try String(contentsOf: kept, encoding: .utf8).contains("\"id\" : \"someone-else\""))
        #expect(try box.run(["contact", "Rosa"]).status == 0)
    }

    @Test func editReportsDecodingErrorsByField() throws {
        let box = try sandbox()
        let editor = try box.write("""
            #!/bin/sh
            sed -i -e 's/"added" : "[^"]*"/"added" : "2026-13-01"/' -e 's/"name" : "Tom Berg"/"name" : "  "/' "$1"
            """, to: "editor.sh", executable: true)
        let result = try box.run(["edit", "Tom"], environment: ["EDITOR": editor])
        #expect(result.status == 1)
        #expect(result.stderr.contains("added: '2026-13-01' is not a date in the form YYYY-MM-DD"))
        let blank = try box.write("#!/bin/sh\nsed -i 's/\"name\" : \"Tom Berg\"/\"name\" : \"  \"/' \"$1\"\n", to: "blank.sh", executable: true)
        #expect(try box.run(["edit", "Tom"], environment: ["EDITOR": blank]).stderr.contains("name: the name must not be empty"))
        #expect(try box.run(["contact", "Tom"]).stdout.hasPrefix("Tom Berg"))
    }

    @Test func anEditorThatFailsCancelsAndKeepsTheFile() throws {
        let box = try sandbox()
        let failing = ["EDITOR": "sed -i 's/Eva Lima/Eva L./' \"$1\"; false"]
        let result = try box.run(["edit", "Eva"], environment: failing)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Nothing saved: the editor exited with status 1. Your text is kept in "))
        let kept = try #require(try editFiles(box).first)
        #expect(try String(contentsOf: kept, encoding: .utf8).contains("Eva L."))
        #expect(try box.run(["contact", "Eva"]).stdout.hasPrefix("Eva Lima"))
        #expect(try box.run(["edit", "Nobody"], environment: failing).status != 0)
    }
}
