import Testing

@testable import KithCore

/// `kith who` asks one question and exits, so the index reads only the texts that could answer
/// it. Its answers must be exactly those of the whole index, for every kind of question.
struct FirstQuestionTests {
    static let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_500)

    static let questions = [
        "back pain", "my tap keeps dripping", "no me arranca el coche", "se me ha roto la pantalla del móvil",
        "cámaras", "estoy seguro de que necesito un abogado", "I think that I need a lawyer",
        "someone to do my accounts", "alguien que me lleve la contabilidad", "German lessons",
        "a photographer for the new website", "help", "zzzz qwerty", "social security paperwork",
        "más clientes entre las tiendas pequeñas", "fisioterapia", "home care for my mother",
    ]

    @Test func theFirstQuestionAnswersAsTheWholeIndexDoes() {
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        let network = SyntheticNetwork.make(size: 250, seed: 11, today: Self.today, knowledge: knowledge)
        let whole = MatchIndex(network: network, knowledge: knowledge)
        _ = whole.solvers(for: "warm up", excluding: nil)  // reads every text
        let first = MatchIndex(network: network, knowledge: knowledge)
        // The network's own texts as questions too: needs, offers, roles and notes.
        var questions = Self.questions
        for contact in network.contacts.prefix(12) {
            questions += contact.needs.map(\.text) + contact.offers.map(\.text) + contact.notes.map(\.text)
            if let role = contact.role { questions.append(role) }
        }
        #expect(questions.count > 35)
        for question in questions {
            for wording in [MatchWording.english, MatchWording(language: "es", spanishLabels: true)] {
                first.forgetTexts()
                let asked = first.whoCanHelp(question, limit: 10, wording: wording)
                let expected = whole.whoCanHelp(question, limit: 10, wording: wording)
                #expect(asked.matches == expected.matches, "who \(question)")
                #expect(asked.suggestions == expected.suggestions, "who \(question)")
            }
            first.forgetTexts()
            #expect(
                first.whoNeeds(question, limit: 10).matches == whole.whoNeeds(question, limit: 10).matches,
                "who needs \(question)")
        }
    }

    @Test func aSecondQuestionReadsEveryText() {
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        let network = SyntheticNetwork.make(size: 120, seed: 5, today: Self.today, knowledge: knowledge)
        let whole = MatchIndex(network: network, knowledge: knowledge)
        _ = whole.solvers(for: "warm up", excluding: nil)
        let shell = MatchIndex(network: network, knowledge: knowledge)
        for question in ["back pain", "plumber", "contabilidad", "back pain"] {
            #expect(shell.whoCanHelp(question, limit: 10).matches == whole.whoCanHelp(question, limit: 10).matches)
        }
        let need = network.contacts.first { !$0.needs.isEmpty }?.needs[0].text ?? "a lawyer"
        #expect(shell.solvers(for: need, excluding: nil) == whole.solvers(for: need, excluding: nil))
    }
}
