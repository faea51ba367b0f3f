import Foundation
import Testing

/// A small network on 2026-11-23: a new contact with a promise and a need Marta solves, people
/// overdue for a catch-up, and someone met recently whose needs are unknown.
let coachTestNetwork = """
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

func coachSandbox() throws -> KithHome {
    let box = try KithHome()
    try box.importDebriefs(coachTestNetwork)
    return box
}

@Suite struct CoachCommandTests {
    // MARK: today

    @Test func todayListsRankedActionsWithShortIDsAndCountsTheRest() throws {
        let box = try coachSandbox()
        let result = try box.run(["today"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let actions = lines.filter { $0.hasPrefix("[") }
        #expect(actions.count == 7)
        for line in actions {
            #expect(line.range(of: #"^\[[0-9a-z]{6}\] "#, options: .regularExpression) != nil, "\(line)")
        }
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
        let box = try coachSandbox()
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
        let box = try coachSandbox()
        let result = try box.run(["today", "--json", "--limit", "3"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        for row in rows {
            for key in ["id", "rule", "text", "contacts", "why", "priority"] {
                #expect(row[key] != nil, "missing \(key)")
            }
            #expect(row["contacts"] is [String])
            #expect(row["priority"] is NSNumber)
        }
        #expect(rows[0]["rule"] as? String == "same-day-follow-up")
        #expect(rows[0]["contacts"] as? [String] == ["Luis Moreno"])
        #expect((rows[0]["why"] as? String)?.contains("daysSinceMet = 1") == true)
    }

    @Test func todaySpeaksSpanishWithLangOrTheLocaleAndKeepsTheSameIDs() throws {
        let box = try coachSandbox()
        let english = try box.run(["today", "--limit", "20"])
        let spanish = try box.run(["today", "--limit", "20", "--lang", "es"])
        #expect(spanish.status == 0, "\(spanish.stderr)")
        #expect(
            spanish.stdout.contains(
                "Cumple lo que prometiste a Luis Moreno: send the article on pricing (lo prometiste ayer)."))
        #expect(!spanish.stdout.contains("Keep your promise"))
        #expect(
            spanish.stdout.contains("Marta Ruiz puede ayudar (ofrece «tax advice for startups»)"), "\(spanish.stdout)")
        #expect(english.stdout.contains("Marta Ruiz offers 'tax advice for startups'"), "\(english.stdout)")
        func ids(_ text: String) -> [String] {
            text.split(separator: "\n").filter { $0.hasPrefix("[") }.map { String($0.prefix(8)) }
        }
        #expect(ids(spanish.stdout) == ids(english.stdout))
        let spanishLocale = ["LANG": "es_ES.UTF-8"]
        let fromLocale = try box.run(["today", "--limit", "2"], environment: spanishLocale)
        #expect(fromLocale.stdout.contains(" más: kith today --limit "), "\(fromLocale.stdout)")
        #expect(try box.run(["today", "--lang", "fr"], environment: spanishLocale).status != 0)
    }

    @Test func importContactsLogAndSolvedSpeakSpanishWithKithLang() throws {
        let box = try coachSandbox()
        let spanish = ["KITH_LANG": "es"]
        let file = try box.write(
            #"[{"name": "Nora Gil"}, {"name": "Luis Moreno", "needs": ["a van"]}, {"nombre": "x"}]"#, to: "more.json")
        let imported = try box.run(["import", file], environment: spanish)
        #expect(imported.stdout.contains("añadido      Nora Gil"), "\(imported.stdout)")
        #expect(imported.stdout.contains("actualizado  Luis Moreno (nuevo encuentro)"), "\(imported.stdout)")
        #expect(
            imported.stdout.contains(
                "importados 2 de 3 registros (1 nuevos, 1 actualizados, 1 rechazados, 0 sin cambios)"),
            "\(imported.stdout)")
        #expect(imported.stderr.contains("registro 3"), "\(imported.stderr)")
        let listed = try box.run(["contacts"], environment: spanish)
        #expect(listed.stdout.contains("8 personas"), "\(listed.stdout)")
        let logged = try box.run(["log", "Nora", "meal", "pizza"], environment: spanish)
        #expect(logged.stdout.contains("Anotado: comida con Nora Gil el 2026-11-23: pizza."), "\(logged.stdout)")
        let solved = try box.run(["solved", "Luis", "a van", "--by", "Tom Berg"], environment: spanish)
        #expect(
            solved.stdout.contains("Resuelta la necesidad de Luis Moreno: «a van» (por Tom Berg)."), "\(solved.stdout)")
        let unknown = try box.run(["contact", "Zoe"], environment: spanish)
        #expect(
            unknown.status != 0 && unknown.stderr.contains("no hay nadie llamado «Zoe» en tu red"), "\(unknown.stderr)")
    }

    @Test func kithLangAndTheShellsLangMakeSpanishTheDefault() throws {
        let box = try coachSandbox()
        let shell = try box.run(["--lang", "es"], input: "today --limit 1\nwho tax advice\n")
        #expect(shell.stdout.contains("Quién puede ayudar con «tax advice»:"), "\(shell.stdout)")
        #expect(shell.stdout.contains(" más: today --limit "), "\(shell.stdout)")
        let kithLang = ["KITH_LANG": "es"]
        #expect(
            try box.run(["today", "--limit", "1"], environment: kithLang).stdout.contains(" más: kith today --limit "))
        // An explicit --lang still wins.
        #expect(
            try box.run(["today", "--limit", "1", "--lang", "en"], environment: kithLang).stdout.contains(
                " more: kith today --limit "))
    }

    @Test func whoSpeaksSpanishWithLang() throws {
        let box = try coachSandbox()
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
        let box = try coachSandbox()
        // Nobody here fixes taps: kith says what it understood, not which spellings are near.
        let understood = try box.run(["who", "my", "tap", "keeps", "dripping"])
        #expect(understood.stdout.contains("Nobody in your network matches"), "\(understood.stdout)")
        #expect(understood.stdout.contains("(read as: plumbing"), "\(understood.stdout)")
        #expect(!understood.stdout.contains("Closest terms"), "\(understood.stdout)")
        let unknown = try box.run(["who", "submarinos"])
        #expect(
            unknown.stdout.contains("Nobody in your network matches") && !unknown.stdout.contains("(read as:"),
            "\(unknown.stdout)")
    }

    @Test func theContactCardAndTheSummarySpeakSpanishToo() throws {
        let box = try coachSandbox()
        let card = try box.run(["contact", "Luis", "--lang", "es"])
        #expect(card.status == 0, "\(card.stderr)")
        for text in ["Necesita:", "Prometido:", "Historial:", "os conocisteis", "a tax adviser for his startup"] {
            #expect(card.stdout.contains(text), "missing \(text) in \(card.stdout)")
        }
        let summary = try box.run(["export", "Luis", "--lang", "es"])
        #expect(summary.status == 0, "\(summary.stderr)")
        for text in [
            "## Qué necesita", "(desde el 2026-11-22)", "## Acciones pendientes",
            "Cumple lo que prometiste a Luis Moreno",
        ] {
            #expect(summary.stdout.contains(text), "missing \(text) in \(summary.stdout)")
        }
        let english = try box.run(["export", "Luis"])
        #expect(english.stdout.contains("## What they need") && english.stdout.contains("## Pending actions"))
    }

    @Test func solverAnswersAreKeptBetweenRunsAndADamagedCacheChangesNothing() throws {
        let box = try coachSandbox()
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

}
