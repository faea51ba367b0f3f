import Foundation
import Testing

@testable import KithCore

@Suite("Which language kith speaks, and where each setting comes from")
struct LanguageChoiceTests {
    private let file = URL(fileURLWithPath: "/cfg/config.toml")

    private func configuration(language: PromptBook.Language?) -> KithConfiguration {
        var configuration = KithConfiguration(file: file, exists: true)
        configuration.language = language
        configuration.lines = language == nil ? [:] : ["language": 3]
        return configuration
    }

    @Test("flag, then KITH_LANG, then the file, then the locale, then English")
    func precedence() {
        let spanishFile = configuration(language: .es)
        let everything = ["KITH_LANG": "en", "LANG": "en_US.UTF-8"]
        #expect(
            LanguageChoice.resolve(flag: .es, environment: ["KITH_LANG": "en"], configuration: nil)
                == (.es, .flag("--lang")))
        #expect(
            LanguageChoice.resolve(flag: nil, environment: everything, configuration: spanishFile)
                == (.en, .environment("KITH_LANG")))
        #expect(
            LanguageChoice.resolve(
                flag: nil, environment: ["LANG": "en_US.UTF-8", "LC_ALL": "en_GB"],
                configuration: spanishFile) == (.es, .file(path: "/cfg/config.toml", line: 3)))
        let englishFile = configuration(language: .en)
        #expect(
            LanguageChoice.resolve(
                flag: nil, environment: ["LC_ALL": "es_ES.UTF-8"], configuration: englishFile
            ).language == .en)
        #expect(
            LanguageChoice.resolve(
                flag: nil, environment: ["LC_MESSAGES": "es_MX", "LANG": "en"],
                configuration: configuration(language: nil)) == (.es, .locale("LC_MESSAGES")))
        #expect(
            LanguageChoice.resolve(flag: nil, environment: ["KITH_LANG": "fr"], configuration: nil)
                == (.en, .builtIn))
    }

    @Test("kith config's list: every setting once, with the file's line or the default")
    func effectiveSettings() throws {
        let folder = try ConfigurationTestFolder()
        try folder.write(fullConfiguration)
        let configuration = try folder.configuration.load()
        let settings = EffectiveSettings(configuration: configuration, language: (.es, .environment("KITH_LANG")))
        let byKey = Dictionary(uniqueKeysWithValues: settings.entries.map { ($0.key, $0) })
        #expect(settings.entries.first?.key == "language")
        #expect(byKey["language"]?.origin == .environment("KITH_LANG"))
        #expect(byKey["tiers.close.ideal"]?.value == .integer(20))
        #expect(byKey["tiers.close.ideal"]?.origin == .file(path: folder.file.path, line: 14))
        #expect(byKey["tiers.close.maximum"]?.origin == .builtIn)
        #expect(byKey["tiers.regular.ideal"]?.origin == .builtIn)
        #expect(byKey["tag-tiers.\"old friends\""]?.value == .string("monthly"))
        #expect(byKey["sync.private"]?.value == .strings(["notes", "promises"]))
        #expect(byKey["sync.task-days"]?.origin == .file(path: folder.file.path, line: 28))
        let empty = EffectiveSettings(configuration: KithConfiguration(file: folder.file), language: (.en, .builtIn))
        #expect(!empty.entries.contains { $0.key.hasPrefix("sync") })
        #expect(empty.entries.allSatisfy { $0.origin == .builtIn })
    }
}
