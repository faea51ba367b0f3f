import Foundation
import Testing

@testable import KithCLI

/// A Spanish user reads Spanish in tiers, errors and hints; the shell's hints have no "kith ".
@Suite struct SpanishEverywhereTests {
    let spanish = ["KITH_LANG": "es"]

    @Test func shellHintsDropThePrefixExceptForDemo() {
        #expect(
            ShellHints.withoutPrefix("Run 'kith debrief' or 'kith import FILE'") == "Run 'debrief' or 'import FILE'")
        #expect(ShellHints.withoutPrefix("or 'kith demo' to try") == "or 'kith demo' to try")
        #expect(ShellHints.withoutPrefix("kith is a coach; see 'kith --help'") == "kith is a coach; see 'kith --help'")
        #expect(ShellHints.withoutPrefix("«kith contacts»") == "«contacts»")
    }

    @Test func anEmptyNetworkShowsTheThreeWaysToStart() throws {
        let home = try KithHome()
        let shell = try home.run([], input: "today\ncontacts\n", environment: spanish)
        #expect(shell.stdout.contains("Tres formas de empezar: 'debrief'"))
        #expect(shell.stdout.contains("'kith demo'"))
        #expect(!shell.stdout.contains("'kith debrief'"))
        let english = try home.run(["contacts"])
        #expect(english.stdout.contains("Three ways to start: 'kith debrief'"))
        #expect(english.stdout.contains("'kith import FILE'") && english.stdout.contains("'kith demo'"))
    }

    @Test func tiersSnoozeDatesAndUnknownIDsInSpanish() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Ana Ruiz", "needs": ["un abogado"]}]"#)
        let tier = try home.run(["tier", "ana", "cercano"], environment: spanish)
        #expect(tier.status == 0, "\(tier.stderr)")
        #expect(tier.stdout.contains("Ana Ruiz: cercano (cada 30 días, como mucho 45) — fijado para esta persona"))
        #expect(try home.loadNetwork().contacts.first?.tier == "close")
        #expect(try home.run(["tier", "ana"]).stdout.contains("Ana Ruiz: close (every 30 days"))

        let id = try #require(try home.todayLines().first).dropFirst().prefix(6)
        let early = try home.run(["snooze", String(id), "--until", "2026-11-01"], environment: spanish)
        #expect(early.status != 0 && early.stderr.contains("no se puede posponer hasta el 2026-11-01"))
        let badDay = try home.run(["snooze", String(id), "--until", "mañana"], environment: spanish)
        #expect(badDay.status != 0 && badDay.stderr.contains("no es un día con la forma AAAA-MM-DD"))
        let unknown = try home.run(["done", "zzzzzz"], environment: spanish)
        #expect(unknown.stderr.contains("ninguna acción sugerida tiene hoy el id «zzzzzz»"))
        let shell = try home.run([], input: "done zzzzzz\n", environment: spanish)
        #expect(shell.stderr.contains("(usa 'today' para ver los ids)"))
    }

    @Test func aSpanishQuestionIsACommand() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Elena Vidal", "offers": ["fisioterapia para el dolor de espalda"]}]"#)
        let line = try home.run(["quién", "puede", "ayudar", "con", "dolor", "de", "espalda"])
        #expect(line.stdout.contains("Elena Vidal"), "\(line.stderr)")
        let shell = try home.run([], input: "quien puede ayudar con dolor de espalda\n")
        #expect(shell.stdout.contains("Elena Vidal"), "\(shell.stderr)")
    }
}
