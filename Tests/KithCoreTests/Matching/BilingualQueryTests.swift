import Testing

@testable import KithCore

/// English and Spanish queries against the shipped knowledge base and synonyms.
@Suite struct BilingualQueryTests {
    typealias F = MatchingFixtures

    static let network = Network(contacts: [
        F.contact("lu", "Lucía", role: "fisioterapeuta"),
        F.contact("ma", "Marco", offers: ["instala cámaras de seguridad"]),
        F.contact("jo", "John", role: "physiotherapist"),
        F.contact("el", "Elena", offers: ["legal advice for small businesses"]),
        F.contact("ca", "Carmen", role: "abogada", company: "Bufete Ruiz"),
        F.contact("pe", "Pedro", knows: [("Dr. Ruiz, a chiropractor", nil)]),
        F.contact("sa", "Sam", offers: ["installs CCTV systems"]),
        F.contact("te", "Teo", role: "web developer", needs: ["un buen abogado para un contrato"]),
        F.contact("ro", "Rosa", offers: ["sourdough bread"], needs: ["new website for the bakery"]),
        F.contact("ni", "Nina", needs: ["necesito una página web para mi tienda"]),
    ])

    let index = MatchIndex(network: BilingualQueryTests.network, knowledge: F.shippedKnowledge().0)

    @Test func shippedKnowledgeLoadsCleanly() {
        let (knowledge, problems) = F.shippedKnowledge()
        #expect(problems.isEmpty, "\(problems)")
        #expect(knowledge.concepts.count >= 80)
        #expect(knowledge.synonymGroups.count >= 50)
        for concept in knowledge.concepts {
            #expect(!concept.roles.en.isEmpty || !concept.activities.en.isEmpty, "\(concept.id)")
            #expect(!concept.roles.es.isEmpty || !concept.activities.es.isEmpty, "\(concept.id)")
        }
    }

    @Test func everyShippedTermKeepsAContentWord() {
        let (knowledge, _) = F.shippedKnowledge()
        let analyzer = TermAnalyzer()
        for entry in knowledge.concepts {
            for term in entry.phrases {
                #expect(!analyzer.contentWords(term).isEmpty, "\(entry.id): '\(term)' is only stop words")
            }
        }
        for group in knowledge.synonymGroups {
            for term in group { #expect(!analyzer.contentWords(term).isEmpty, "synonym '\(term)'") }
        }
    }

    @Test func spanishBackPainFindsPhysiotherapists() {
        let answer = index.whoCanHelp("tengo un dolor de espalda terrible")
        let names = answer.matches.map(\.name)
        #expect(names.prefix(2).contains("Lucía"))
        #expect(names.prefix(2).contains("John"))
        #expect(names.contains("Pedro"))
        let lucia = answer.matches.first { $0.name == "Lucía" }
        #expect(lucia?.kind == .knowledge)
        #expect(lucia?.reason.hasPrefix("role: fisioterapeuta → ") == true)
    }

    @Test func englishBackPainFindsSpanishRoles() {
        let names = index.whoCanHelp("back pain").matches.map(\.name)
        #expect(names.contains("Lucía") && names.contains("John") && names.contains("Pedro"))
    }

    @Test func securityCamerasFindsSpanishOffer() {
        let answer = index.whoCanHelp("security cameras")
        let names = answer.matches.map(\.name)
        #expect(names.prefix(2).contains("Marco"))
        #expect(names.prefix(2).contains("Sam"))
        let marco = answer.matches.first { $0.name == "Marco" }
        #expect(marco?.kind == .knowledge)
        #expect(marco?.reason.hasPrefix("offers: instala cámaras de seguridad → ") == true)
        #expect(marco?.strength == .sameConcept)
    }

    @Test func fullSentenceQuery() {
        let names = index.whoCanHelp("I need security cameras for my shop").matches.map(\.name)
        #expect(names.first == "Marco" || names.first == "Sam")
    }

    @Test func accentsAndCaseDoNotMatter() {
        for query in ["cámaras de seguridad", "camaras de seguridad", "CÁMARAS DE SEGURIDAD"] {
            #expect(index.whoCanHelp(query).matches.first?.name == "Marco", "\(query)")
        }
    }

    @Test func lawyerFindsLegalAdviceAndAbogada() {
        let names = index.whoCanHelp("lawyer").matches.map(\.name)
        #expect(names.prefix(2).contains("Elena"))
        #expect(names.prefix(2).contains("Carmen"))
        let spanish = index.whoCanHelp("abogados").matches.map(\.name)
        #expect(spanish.prefix(2).contains("Elena") && spanish.prefix(2).contains("Carmen"))
    }

    @Test func reverseQueryFindsOpenNeeds() {
        let answer = index.whoNeeds("website")
        #expect(Set(answer.matches.map(\.name)) == ["Rosa", "Nina"])
        #expect(answer.matches.allSatisfy { $0.kind == .need })
        #expect(answer.matches.contains { $0.reason == "needs: new website for the bakery" })
        let lawyers = index.whoNeeds("abogado").matches.map(\.name)
        #expect(lawyers == ["Teo"])
    }

    @Test func reverseQueryIgnoresSolvedNeeds() {
        var contact = F.contact("z", "Zoe")
        contact.needs = [Need("website", recorded: F.day, solved: F.day, solvedBy: "Teo")]
        let index = MatchIndex(network: Network(contacts: [contact]), knowledge: .empty)
        #expect(index.whoNeeds("website").matches.isEmpty)
    }

    @Test func solversForANeedExcludeTheAsker() {
        let solvers = index.solvers(for: "new website for the bakery", excluding: "ro")
        #expect(solvers.first?.name == "Teo")
        #expect(!solvers.contains { $0.contactID == "ro" })
        #expect(solvers.allSatisfy { $0.kind == .offer || $0.kind == .knowledge })
        let teoNeed = index.solvers(for: "un buen abogado para un contrato", excluding: "te")
        #expect(teoNeed.prefix(2).map(\.name).sorted() == ["Carmen", "Elena"])
        #expect(!index.solvers(for: "back pain", excluding: nil).contains { $0.kind == .secondDegree })
    }
}
