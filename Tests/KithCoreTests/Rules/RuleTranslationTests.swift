import Foundation
import Testing

@testable import KithCore

@Suite("Rule translation")
struct RuleTranslationTests {
    let spanish = AgoWording(today: "hoy", yesterday: "ayer", daysAgo: "hace {days} días")

    @Test func translatedTextsReplaceTheRulesOwnAndKeepEverythingElse() throws {
        let rules = try RuleFixtures.only("keep-your-promise", "share-a-meal")
        let texts = [
            "rule.keep-your-promise.action": "Cumple con {name}: {promise} ({ago}).",
            "rule.keep-your-promise.title": "Cumple lo prometido",
        ]
        let (translated, problems) = rules.translated(wording: spanish, source: "es.json", shipped: rules) { texts[$0] }
        #expect(problems.isEmpty)
        let promise = try #require(translated["keep-your-promise"])
        let original = try #require(rules["keep-your-promise"])
        #expect(promise.title == "Cumple lo prometido")
        #expect(promise.action.source == "Cumple con {name}: {promise} ({ago}).")
        #expect(promise.condition == original.condition && promise.priority == original.priority)
        // A rule without translations keeps its words.
        #expect(translated["share-a-meal"] == rules["share-a-meal"])
    }

    @Test func actionTextsUseTheLanguagesWordsForDaysAndKeepTheirIDs() throws {
        let rules = try RuleFixtures.only("keep-your-promise")
        let texts = ["rule.keep-your-promise.action": "Cumple con {name}: {promise} ({ago})."]
        let (translated, _) = rules.translated(wording: spanish, source: "es.json", shipped: rules) { texts[$0] }
        var network = Network()
        var ana = RuleFixtures.contact("a", "Ana")
        ana.promises = [
            Promise("send the deck", recorded: RuleFixtures.day(-4)),
            Promise("call back", recorded: RuleFixtures.day(-1)),
        ]
        network.contacts = [ana]
        let english = RuleFixtures.run(network, rules)
        let spanishActions = RuleFixtures.run(network, translated)
        #expect(
            spanishActions.map(\.text).sorted() == [
                "Cumple con Ana: call back (ayer).", "Cumple con Ana: send the deck (hace 4 días).",
            ])
        #expect(Set(spanishActions.map(\.id)) == Set(english.map(\.id)))
    }

    @Test func explanationsUseTheLanguagesContextWords() throws {
        let rules = try RuleFixtures.only("introduce-both-ways")
        let texts = ["context.needSolver": "{a} necesita «{need}»; {b}: {offer} ({score} %)."]
        let (translated, _) = rules.translated(wording: spanish, source: "es.json", shipped: rules) { texts[$0] }
        var ana = RuleFixtures.contact("a", "Ana")
        ana.needs = [Need("tax advice", recorded: RuleFixtures.day(-2))]
        var ben = RuleFixtures.contact("b", "Ben")
        ben.offers = [DatedText("tax advice", recorded: RuleFixtures.day(-9))]
        var network = Network()
        network.contacts = [ana, ben]
        let action = try #require(RuleFixtures.run(network, translated).first)
        #expect(
            action.explanation.context.first?.hasPrefix("Ana necesita «tax advice»; Ben: ") == true,
            "\(action.explanation.context)")
        let english = try #require(RuleFixtures.run(network, rules).first)
        #expect(english.explanation.context.first?.hasPrefix("Ana needs 'tax advice'; Ben ") == true)
    }

    @Test func wordsTheUserOverrodeAreNeverTranslated() throws {
        let shipped = try RuleFixtures.shippedRules()
        let user =
            #"{"schemaVersion": 1, "rules": [{"id": "keep-your-promise", "action": "Llama a {name}: {promise}"}]}"#
        let load = RuleLoader.load(
            defaults: (try Data(contentsOf: RuleFixtures.rulesFileURL), "data/rules.json"),
            user: (Data(user.utf8), "my-rules.json"))
        #expect(load.problems.isEmpty, "\(load.problems)")
        let texts = [
            "rule.keep-your-promise.action": "Cumple con {name}: {promise}.",
            "rule.keep-your-promise.title": "Cumple lo prometido",
        ]
        let (translated, _) = load.rules.translated(wording: spanish, source: "es.json", shipped: shipped) { texts[$0] }
        let rule = try #require(translated["keep-your-promise"])
        #expect(rule.action.source == "Llama a {name}: {promise}")
        #expect(rule.title == "Cumple lo prometido")
    }

    @Test func aTranslationWithAnUnknownPlaceholderIsAProblemAndTheOriginalStays() throws {
        let rules = try RuleFixtures.only("share-a-meal")
        let (translated, problems) = rules.translated(wording: spanish, source: "prompts/es.json", shipped: rules) {
            $0 == "rule.share-a-meal.action" ? "Invita a {nombre} a comer." : nil
        }
        #expect(problems.count == 1)
        #expect(problems.first?.description.contains("prompts/es.json") == true)
        #expect(problems.first?.description.contains("nombre") == true)
        #expect(translated["share-a-meal"]?.action == rules["share-a-meal"]?.action)
    }

    @Test func theShippedSpanishPromptsTranslateEveryShippedRuleCleanly() throws {
        let folder = RuleFixtures.rulesFileURL.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("prompts")
        let book = try PromptBook(language: .es, promptsFolder: folder)
        let rules = try RuleFixtures.shippedRules()
        let (translated, problems) = rules.translated(
            wording: book.agoWording, source: book.file, shipped: rules, book.optionalText)
        #expect(problems.isEmpty, "\(problems)")
        for rule in rules.rules {
            #expect(translated[rule.id]?.action != rule.action, "\(rule.id) has no Spanish text")
        }
    }

    @Test func builtInTierNamesReadInTheLanguageAndTheUsersOwnTiersPassThrough() throws {
        let rules = try RuleFixtures.only("reconnect")
        let texts = [
            "rule.reconnect.action": "Ponte al día con {name} ({tier}).", "tier.regular": "habitual",
            "tier.close": "cercano",
        ]
        let (translated, _) = rules.translated(wording: spanish, source: "es.json", shipped: rules) { texts[$0] }
        var ana = RuleFixtures.contact("a", "Ana", interactions: [(-100, .met)])
        var ben = RuleFixtures.contact("b", "Ben", interactions: [(-70, .met)])
        ben.tier = "golf club"
        var network = Network()
        network.settings.cadenceTiers["golf club"] = CadenceTier(idealDays: 60, maximumDays: 90)
        ana.tier = nil
        network.contacts = [ana, ben]
        let texts2 = RuleFixtures.run(network, translated).map(\.text).sorted()
        #expect(texts2 == ["Ponte al día con Ana (habitual).", "Ponte al día con Ben (golf club)."])
        // English texts keep the tier's own name.
        #expect(RuleFixtures.run(network, rules).map(\.text).contains { $0.contains("(regular: every 90 days)") })
    }
}
