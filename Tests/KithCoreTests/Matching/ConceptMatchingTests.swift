import Foundation
import Testing

@testable import KithCore

/// who, who needs and introductions on meaning: across languages, never on a generic word,
/// never on a decoy, with confidence in a fixed order.
@Suite struct ConceptMatchingTests {
    typealias F = MatchingFixtures
    static let knowledge = ConceptFixtures.knowledge

    func index(_ contacts: [Contact]) -> MatchIndex {
        MatchIndex(network: Network(contacts: contacts), knowledge: Self.knowledge)
    }

    /// The introductions the shipped rules suggest on a network, matched by concept.
    func introductions(_ contacts: [Contact], rules: RuleSet? = nil) throws -> [SuggestedAction] {
        let network = Network(contacts: contacts)
        let finder = MatchIndexFinder(index: MatchIndex(network: network, knowledge: Self.knowledge), network: network)
        let rules = try rules ?? RuleFixtures.only("introduce-both-ways")
        return actions(for: network, today: F.day, rules: rules, finder: finder)
    }

    @Test func whoAnswersAcrossLanguages() {
        let people = index([
            F.contact("r", "Ramón", role: "fontanero", offers: ["desatasca tuberías"]),
            F.contact("k", "Kevin", offers: ["plumbing and boiler repair"]),
            F.contact("m", "Marta", offers: ["instala cámaras de seguridad"]),
            F.contact("b", "Bea", role: "baker"),
        ])
        #expect(Set(people.whoCanHelp("my tap keeps dripping").matches.prefix(2).map(\.name)) == ["Ramón", "Kevin"])
        #expect(Set(people.whoCanHelp("el grifo gotea").matches.prefix(2).map(\.name)) == ["Ramón", "Kevin"])
        #expect(people.whoCanHelp("security cameras").matches.first?.name == "Marta")
        #expect(people.whoCanHelp("cámaras").matches.first?.name == "Marta")
        let marta = people.whoCanHelp("CCTV for the shop").matches.first
        #expect(marta?.name == "Marta")
        #expect(marta?.concepts.isEmpty == false)
        #expect(marta?.strength == .sameConcept)
    }

    @Test func whoNeedsAnswersAcrossLanguages() {
        let people = index([
            F.contact("n", "Nina", needs: ["necesito una página web para mi tienda"]),
            F.contact("r", "Rosa", needs: ["help with social security paperwork"]),
            F.contact("l", "Luis", needs: ["llevar la contabilidad de la tienda"]),
        ])
        #expect(people.whoNeeds("a website").matches.map(\.name) == ["Nina"])
        #expect(people.whoNeeds("bookkeeping").matches.map(\.name) == ["Luis"])
        // "security" alone is another sense: cameras are not paperwork.
        #expect(people.whoNeeds("security cameras").matches.isEmpty)
        #expect(people.whoNeeds("seguridad social").matches.map(\.name) == ["Rosa"])
    }

    @Test func genericWordsAloneNeverMatch() {
        let people = index([
            F.contact("a", "Ana", offers: ["help for small businesses", "good new ideas"]),
            F.contact("t", "Tere", offers: ["ayuda con el trabajo"], needs: ["busco trabajo"]),
        ])
        for query in [
            "help", "I need help", "necesito ayuda", "trabajo", "small", "something new and good",
            "looking for someone",
        ] {
            #expect(people.whoCanHelp(query).matches.isEmpty, "\(query)")
            #expect(people.whoNeeds(query).matches.isEmpty, "\(query)")
        }
    }

    @Test(arguments: [
        ("hiring a first sales person", "asesoría legal para contratos de alquiler"),
        ("contratar un comercial", "contratos de alquiler"),
        ("more clients among small shops", "IT support for small offices"),
        ("more clients among small shops", "builds websites and online shops"),
        ("needs a photographer for the firm's new website", "builds websites"),
        ("ampliar mi cartera de clientes", "vende carteras de piel"),
        ("a new back garden", "treats back pain"),
        ("help with social security paperwork", "installs security cameras"),
    ])
    func decoysProduceNoIntroduction(need: String, offer: String) throws {
        let found = try introductions([
            F.contact("a", "Ana", needs: [need]),
            F.contact("b", "Ben", offers: [offer]),
        ])
        #expect(found.isEmpty, "\(need) ↔ \(offer): \(found.map(\.why))")
    }

    @Test func sameConceptIntroducesAcrossLanguagesWithThePath() throws {
        let found = try introductions([
            F.contact("r", "Rosa", needs: ["alguien que le lleve la contabilidad"]),
            F.contact("a", "Andrés", offers: ["contabilidad para pymes"]),
            F.contact("k", "Kim", needs: ["my tap keeps dripping"]),
            F.contact("f", "Fede", role: "fontanero"),
        ])
        #expect(found.count == 2)
        let rosa = try #require(found.first { $0.contactIDs.contains("r") })
        #expect(rosa.confidence.map { $0 >= 0.85 } == true)
        #expect(rosa.concepts == ["bookkeeping"])
        #expect(
            rosa.explanation.context.first?.hasPrefix(
                "Rosa needs 'alguien que le lleve la contabilidad' → bookkeeping; Andrés offers 'contabilidad para pymes' → bookkeeping."
            ) == true,
            "\(rosa.explanation.context)")
        #expect(!rosa.why.contains("100%"))
    }

    @Test func confidenceOrdersSameConceptThenSharedWordsThenContext() {
        let people = index([
            F.contact("c", "Carla", offers: ["fotografía de producto"]),
            F.contact("w", "Wes", offers: ["photographer"], knows: []),
            F.contact("s", "Sol", offers: ["retouches photographer portfolios"]),
            F.contact("x", "Xan", offers: ["websites for photographers"]),
            F.contact("k", "Kai", knows: [("a photographer in Vigo", nil)]),
            F.contact("n", "Noa", notes: ["worked as a photographer for years"]),
        ])
        let answer = people.whoCanHelp("a photographer for the firm's new website")
        let confidence = Dictionary(uniqueKeysWithValues: answer.matches.map { ($0.name, $0.confidence) })
        let carla = confidence["Carla"] ?? 0
        let wes = confidence["Wes"] ?? 0
        let kai = confidence["Kai"] ?? 0
        let noa = confidence["Noa"] ?? 0
        #expect(carla >= 0.85 && wes >= 0.85)
        #expect(kai < wes && noa < kai && noa > 0.5)
        // A stated offer outranks second degree, which outranks notes.
        #expect(answer.matches.map(\.name).firstIndex(of: "Kai")! < answer.matches.map(\.name).firstIndex(of: "Noa")!)
        // The website is context: builds sites *for* photographers is weak, and far below.
        #expect(!answer.matches.prefix(4).contains { $0.name == "Xan" })
        let all = answer.matches.map(\.confidence)
        #expect(all == all.sorted(by: >))
        #expect(all.allSatisfy { $0 > 0 && $0 <= 1 })
    }

    @Test func secondDegreeAndNotesAnswerThroughConcepts() {
        let people = index([
            F.contact("s", "Sara", knows: [("her cousin is an electrician", nil)]),
            F.contact("h", "Helen", notes: ["worked ten years as a nurse"]),
            F.contact("c", "Cris", offers: ["cuidado a domicilio de personas mayores"]),
        ])
        let electrician = people.whoCanHelp("necesito un electricista").matches.first
        #expect(electrician?.name == "Sara" && electrician?.kind == .secondDegree)
        let care = people.whoCanHelp("home care for my mother").matches
        #expect(care.map(\.name) == ["Cris", "Helen"])
        #expect(care[1].kind == .notes && care[1].confidence < care[0].confidence)
    }

    @Test func theThresholdComesFromTheRulesFile() throws {
        let people = [
            F.contact("a", "Ana", needs: ["a photographer"]),
            F.contact("b", "Ben", offers: ["photographer"]),
            F.contact("c", "Cy", needs: ["plumbing"]),
            F.contact("d", "Di", offers: ["plumber, also fixes heating"]),
        ]
        #expect(try introductions(people).count == 2)
        func rules(_ threshold: String) throws -> RuleSet {
            let user = """
                {"schemaVersion": 1, "rules": [{"id": "introduce-both-ways", "minConfidence": \(threshold)}]}
                """
            let load = RuleLoader.load(defaults: RuleFixtures.shippedDefaults, user: (Data(user.utf8), "mine.json"))
            #expect(load.problems.isEmpty, "\(load.problems)")
            return RuleSet(rules: load.rules.rules.filter { $0.id == "introduce-both-ways" })
        }
        #expect(try rules("0.99").rules.first?.minConfidence == 0.99)
        #expect(try introductions(people, rules: rules("0.99")).isEmpty)
        #expect(try introductions(people, rules: rules("0.6")).count == 2)
        let bad = RuleFixtures.problems(
            """
            {"schemaVersion": 1, "rules": [{"id": "introduce-both-ways", "minConfidence": 2}]}
            """)
        #expect(bad.contains { $0.field == "minConfidence" })
    }

    @Test func aRulesFileWithoutAThresholdStillLoadsWithTheDefault() throws {
        let user = """
            {"schemaVersion": 1, "rules": [{"id": "introduce-both-ways", "priority": 90}]}
            """
        let load = RuleLoader.load(defaults: RuleFixtures.shippedDefaults, user: (Data(user.utf8), "mine.json"))
        #expect(load.problems.isEmpty)
        let rule = try #require(load.rules.rules.first { $0.id == "introduce-both-ways" })
        #expect(rule.priority == 90)
        #expect(rule.minConfidence == 0.6)
    }

    @Test func aStrongIntroductionOutranksAWeakerOne() throws {
        let found = try introductions([
            F.contact("a", "Ana", needs: ["someone to fix my old sewing machine"]),
            F.contact("b", "Ben", offers: ["fixes sewing machines"]),
            F.contact("c", "Cy", needs: ["bookkeeping"]),
            F.contact("d", "Di", role: "contable"),
        ])
        #expect(found.count == 2)
        #expect(found.first?.contactIDs.contains("c") == true)
        #expect(found[0].priority > found[1].priority)
        #expect((found[0].confidence ?? 0) > (found[1].confidence ?? 1))
    }
}
