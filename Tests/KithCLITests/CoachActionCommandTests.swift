import Foundation
import Testing

/// Done, snooze, dismiss, why, rules, tiers and the shell, on the coach's small network.
extension CoachCommandTests {

    @Test func doneHidesTheActionAndGoesIntoTheHistory() throws {
        let box = try coachSandbox()
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
        let box = try coachSandbox()
        let id = try #require(try box.actionID(containing: "Keep your promise to Luis Moreno"))
        #expect(try box.run(["done", id]).status == 0)
        let card = try box.run(["contact", "Luis"]).stdout
        #expect(card.contains("send the article on pricing (2026-11-22) — kept 2026-11-23"))
        #expect(!(try box.todayLines()).contains { $0.contains("Keep your promise") })
    }

    @Test func doneOnAHiddenActionOrAnUnknownIDFails() throws {
        let box = try coachSandbox()
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
        let box = try coachSandbox()
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
        let past = try box.run([
            "snooze", try #require(try box.actionID(containing: "Pedro Sanz")), "--until", "2026-11-01",
        ])
        #expect(past.status != 0)
        #expect(past.stderr.contains("pick a day after today"))
    }

    @Test func whyNamesTheRuleAndTheFactsWithTheirValues() throws {
        let box = try coachSandbox()
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
        #expect(
            result.stdout.range(
                of: #"reconnect-overdue\s+75\s+7d\s+shipped\s+Reconnect before the tie fades"#,
                options: .regularExpression) != nil)
        #expect(result.stdout.contains("14 rules: 14 shipped"))
    }

    @Test func rulesCheckAcceptsAGoodFile() throws {
        let box = try KithHome()
        let good = try box.write(
            """
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
        let bad = try box.write(
            """
            {"schemaVersion": 1, "rules": [
              {"id": "mine", "title": "Mine", "description": "x", "idea": "y", "appliesTo": "contact",
               "conditions": {"all": [{"fact": "daysSinceMett", "operator": "atLeast", "value": 3}]},
               "action": "Hi {name}", "priority": "high", "cooldownDays": 3}
            ]}
            """, to: "bad.json")
        let result = try box.run(["rules", "check", bad])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(bad): rule 'mine' (rule 1), field priority: expected a whole number"))
        #expect(
            result.stdout.contains(
                "\(bad): rule 'mine' (rule 1), field conditions.all[0].fact: unknown fact 'daysSinceMett'"))
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
        let box = try coachSandbox()
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
        let box = try coachSandbox()
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
        let box = try coachSandbox()
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
        let box = try coachSandbox()
        #expect(
            try box.run(["tier", "Ana"]).stdout == "Ana García: regular (every 90 days, at most 120) — the default\n")
        #expect(
            try box.run(["tier", "Ana", "close"]).stdout
                == "Ana García: close (every 30 days, at most 45) — set for this person\n")
        #expect(try box.run(["tier", "--tag", "family", "acquaintance"]).status == 0)
        #expect(
            try box.run(["tier", "Ana", "none"]).stdout.contains(
                "acquaintance (every 180 days, at most 365) — from the tag 'family'"))
        // 317 days: no longer overdue, only due, for an acquaintance.
        let lines = try box.todayLines()
        #expect(lines.contains { $0.contains("Catch up with Ana García") && $0.contains("acquaintance") })
        let unknown = try box.run(["tier", "Ana", "best"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown tier 'best'"))
        #expect(try box.run(["tier"]).status != 0)
    }

    @Test func myNeedLeadsToAnAskForHelpSuggestion() throws {
        let box = try coachSandbox()
        #expect(try box.run(["me", "name", "Sam", "Lee"]).status == 0)
        let add = try box.run(["me", "need", "add", "someone", "for", "legal", "contracts"])
        #expect(add.status == 0, "\(add.stderr)")
        let ask = try #require(
            try box.todayLines().first { $0.contains("Ask Pedro Sanz for help with someone for legal contracts") })
        #expect(try box.run(["why", String(ask.dropFirst().prefix(6))]).stdout.contains("Rule: ask-for-help"))
        #expect(try box.run(["me", "offer", "add", "Swift", "mentoring"]).status == 0)
        #expect(try box.run(["me", "intro-style", "double-opt-in"]).status == 0)
        let me = try box.run(["me"]).stdout
        #expect(me.contains("Name: Sam Lee"))
        #expect(me.contains("Introductions: double-opt-in"))
        #expect(me.contains("• someone for legal contracts (since 2026-11-23)"))
        #expect(me.contains("• Swift mentoring"))
        // Double opt-in: the introduction starts by asking Luis.
        #expect(
            try box.todayLines().contains {
                $0.contains("Ask Luis Moreno whether they would like an introduction to Marta Ruiz")
            })
        #expect(
            try box.run(["me", "need", "solved", "legal", "--by", "Pedro"]).stdout
                == "Solved your need 'someone for legal contracts' (by Pedro Sanz).\n")
        #expect(!(try box.todayLines()).contains { $0.contains("Ask Pedro Sanz for help") })
        #expect(try box.run(["me", "need", "remove", "someone for legal contracts"]).status == 0)
        #expect(
            try box.run(["me", "offer", "remove", "swift mentoring"]).stdout
                == "Removed your offer 'Swift mentoring'.\n")
        #expect(try box.run(["me", "offer", "remove", "juggling"]).status != 0)
        #expect(try box.run(["me", "intro-style", "sideways"]).status != 0)
    }

    @Test func theShellRunsTheSameCommands() throws {
        let box = try coachSandbox()
        let result = try box.run(
            [], input: "me need add a bike\nme\ntier Ana\nrules check\ntoday --limit 1\nsnooze nothing1\n")
        #expect(result.stdout.contains("Added your need 'a bike'"))
        #expect(result.stdout.contains("• a bike (since 2026-11-23)"))
        #expect(result.stdout.contains("Ana García: regular"))
        #expect(result.stdout.contains("OK: 14 rules"))
        // Inside the shell, hints name commands without "kith ".
        #expect(result.stdout.contains("more: today --limit"))
        #expect(result.stderr.contains("no suggested action has the id 'nothing1'"))
    }
}
