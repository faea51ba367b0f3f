import Testing

@testable import KithCore

/// Ranking order on a small hand-made network: offer > knowledge > second degree > notes.
@Suite struct RankingTests {
    typealias F = MatchingFixtures

    static let knowledge = KnowledgeBase(entries: [
        KnowledgeEntry(
            id: "back-pain",
            need: BilingualTerms(en: ["back pain"], es: ["dolor de espalda"]),
            solvers: BilingualTerms(
                en: ["chiropractor", "physiotherapist"],
                es: ["quiropráctico", "fisioterapeuta"]))
    ])

    static let network = Network(contacts: [
        F.contact("n", "Nora", notes: ["had back pain for years, always recommends her doctor"]),
        F.contact("p", "Pedro", knows: [("Dr. Ruiz, a chiropractor", nil)]),
        F.contact("b", "Bea", role: "chiropractor"),
        F.contact("a", "Ana", offers: ["treats back pain"]),
        F.contact("x", "Xavi", role: "baker", offers: ["sourdough bread"]),
    ])

    @Test func directOfferThenKnowledgeThenSecondDegreeThenNotes() {
        let index = MatchIndex(network: Self.network, knowledge: Self.knowledge)
        let answer = index.whoCanHelp("back pain")
        #expect(answer.matches.map(\.name) == ["Ana", "Bea", "Pedro", "Nora"])
        #expect(answer.matches.map(\.kind) == [.offer, .knowledge, .secondDegree, .notes])
        #expect(answer.suggestions.isEmpty)
        #expect(answer.matches[0].reason == "offers: treats back pain")
        #expect(answer.matches[1].reason == "role: chiropractor → back pain")
        #expect(
            answer.matches[2].reason
                == "Pedro knows Dr. Ruiz, a chiropractor → back pain — ask Pedro for an introduction")
        #expect(answer.matches[2].via == "Pedro" && answer.matches[2].viaContactID == "p")
        #expect(answer.matches[3].reason.hasPrefix("your notes: had back pain"))
        let scores = answer.matches.map(\.score)
        #expect(scores == scores.sorted(by: >))
    }

    @Test func notedOfferRanksBelowStatedOffer() {
        let network = Network(contacts: [
            F.contact("n", "Nico", notes: ["sells insurance"]),
            F.contact("s", "Sara", offers: ["sells insurance"]),
        ])
        let answer = MatchIndex(network: network, knowledge: .empty).whoCanHelp("insurance")
        #expect(answer.matches.map(\.name) == ["Sara", "Nico"])
        #expect(answer.matches.map(\.kind) == [.offer, .notes])
        #expect(answer.matches[1].reason == "your notes: sells insurance")
    }

    @Test func linkedAcquaintanceNamesTheLinkedContact() {
        let network = Network(contacts: [
            F.contact("p", "Pedro", knows: [("a chiropractor in Vigo", "r")]),
            F.contact("r", "Rafael Ruiz"),
        ])
        let answer = MatchIndex(network: network, knowledge: Self.knowledge).whoCanHelp("chiropractor")
        let match = answer.matches.first
        #expect(match?.contactID == "r")
        #expect(match?.name == "Rafael Ruiz")
        #expect(match?.kind == .secondDegree)
        #expect(match?.via == "Pedro")
        #expect(match?.viaContactID == "p")
        #expect(match?.reason == "Pedro knows Rafael Ruiz (a chiropractor in Vigo) — ask Pedro for an introduction")
    }

    @Test func onePersonOneResultWithFurtherReasons() {
        let network = Network(contacts: [
            F.contact(
                "a", "Ana", role: "photographer", offers: ["wedding photography"],
                notes: ["great photographer"])
        ])
        let answer = MatchIndex(network: network, knowledge: .empty).whoCanHelp("photographer")
        #expect(answer.matches.count == 1)
        #expect(answer.matches.first?.otherReasons.isEmpty == false)
    }

    @Test func limitKeepsTheBest() {
        let index = MatchIndex(network: Self.network, knowledge: Self.knowledge)
        #expect(index.whoCanHelp("back pain", limit: 2).matches.map(\.name) == ["Ana", "Bea"])
        #expect(index.whoCanHelp("back pain", limit: 0).matches.isEmpty)
    }

    @Test func termFrequencySaturatesAndRareTermsWeighMore() {
        let network = Network(contacts: [
            F.contact("a", "Ana", offers: ["design design design design design design"]),
            F.contact("b", "Bo", offers: ["design"]),
            F.contact("c", "Cy", offers: ["logo design"]),
            F.contact("d", "Di", offers: ["design"]),
        ])
        let index = MatchIndex(network: network, knowledge: .empty)
        let design = index.whoCanHelp("design").matches
        let ana = design.first { $0.name == "Ana" }?.score ?? 0
        let bo = design.first { $0.name == "Bo" }?.score ?? 0
        #expect(ana < bo * 2, "six repetitions must not count six times")
        let logo = index.whoCanHelp("logo design").matches
        #expect(logo.first?.name == "Cy")
    }
}
