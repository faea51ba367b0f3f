import Foundation
import KithCLI
import KithLineEditing
import Testing

/// The entry point commands run through in tests and in the `kith` process alike: its exit
/// statuses, which stream gets what, and the values it is given instead of the process's.
@Suite struct InProcessRunTests {
    @Test func helpGoesToStandardOutputAndAnUnknownCommandToStandardErrorWithStatus64() throws {
        let home = try KithHome()
        let help = try home.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: kith") && help.stderr.isEmpty)
        let unknown = try home.run(["tody"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "Error: unknown command 'tody'. Did you mean 'today'?\n")
        #expect(unknown.stdout.isEmpty)
        let badOption = try home.run(["today", "--limit", "zero"])
        #expect(badOption.status == 64 && badOption.stderr.contains("--limit"), "\(badOption.stderr)")
    }

    @Test func relativePathsStartAtTheGivenWorkingDirectory() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Ana Ruiz"}]"#)
        let name = "in-process-\(UUID().uuidString).md"
        let result = try home.run(["export", "Ana", "-o", name])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(home.read(name)?.contains("Ana Ruiz") == true)
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/" + name))
    }

    @Test func aRefusedChangeIsWordedInTheUsersLanguage() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Ana Ruiz"}]"#)
        let english = try home.run(["tier", "Ana", "best"])
        #expect(english.status == 1)
        #expect(english.stderr.hasPrefix("Error: unknown tier 'best'; known tiers: "), "\(english.stderr)")
        let spanish = try home.run(["tier", "Ana", "best"], environment: ["KITH_LANG": "es"])
        #expect(spanish.status == 1)
        #expect(spanish.stderr.hasPrefix("Error: nivel desconocido «best»; niveles conocidos: "), "\(spanish.stderr)")
    }

    @Test func theEnvironmentGivenIsTheOneUsed() throws {
        let home = try KithHome()
        let elsewhere = home.folder.appendingPathComponent("elsewhere", isDirectory: true)
        try home.importDebriefs(#"[{"name": "Ana Ruiz"}]"#)
        let moved = try home.run(["contacts"], environment: ["KITH_HOME": elsewhere.path])
        #expect(moved.status == 0 && !moved.stdout.contains("Ana Ruiz"), "\(moved.stdout)")
        let badDay = try home.run(["today"], environment: ["KITH_TODAY": "someday"])
        #expect(badDay.status != 0 && badDay.stderr.contains("someday"), "\(badDay.stderr)")
    }

    @Test func controlCharactersInAnErrorAreMadeVisible() throws {
        let home = try KithHome()
        let result = try home.run(["who", "x", "--limit", "\u{1B}[2J"])
        #expect(result.status == 64)
        #expect(!result.stderr.contains("\u{1B}"), "\(result.stderr)")
    }

    @Test func aCapturedConsoleFeedsEveryReaderFromOneInput() {
        let console = CapturedConsole(input: Data("one\ntwo\n".utf8))
        let first = console.lineReader(history: [], completer: { _ in [] })
        let second = console.lineReader(history: [], completer: { _ in [] })
        #expect(first.readLine(prompt: "") == .line("one"))
        #expect(second.readLine(prompt: "") == .line("two"))
        #expect(first.readLine(prompt: "") == .endOfInput)
        console.write("out", to: .output)
        console.write("err", to: .error)
        #expect(console.output == "out" && console.errors == "err")
        #expect(!console.isTerminal(.input) && console.columns(.output) == nil)
    }
}
