import Testing

@testable import KithCore

/// A query that matches nobody gets suggestions, never an empty answer.
@Suite struct SuggestionTests {
    typealias F = MatchingFixtures

    static let network = Network(contacts: [
        F.contact("a", "Ana", role: "photographer", offers: ["wedding photography"]),
        F.contact("b", "Bo", role: "plumber"),
    ])

    @Test func typoGetsCloseTerms() {
        let index = MatchIndex(network: Self.network, knowledge: .empty)
        let answer = index.whoCanHelp("plumbr")
        #expect(answer.matches.isEmpty)
        #expect(answer.suggestions.contains("plumber"))
    }

    @Test func sharedPrefixGetsSuggestions() {
        let index = MatchIndex(network: Self.network, knowledge: F.shippedKnowledge().0)
        let answer = index.whoCanHelp("quiropractor")
        #expect(answer.suggestions.contains { $0.hasPrefix("quiropr") })
    }

    @Test func unrelatedQueryStillGetsSomething() {
        let index = MatchIndex(network: Self.network, knowledge: .empty)
        let answer = index.whoCanHelp("xyzzy")
        #expect(answer.matches.isEmpty)
        #expect(!answer.suggestions.isEmpty)
        let stopWordsOnly = index.whoCanHelp("the of and")
        #expect(!stopWordsOnly.suggestions.isEmpty)
        #expect(!index.whoCanHelp("").suggestions.isEmpty)
        #expect(!index.whoNeeds("xyzzy").suggestions.isEmpty)
    }

    @Test func emptyStoreAndEmptyKnowledgeDoNotCrash() {
        let index = MatchIndex(network: Network(), knowledge: .empty)
        let answer = index.whoCanHelp("lawyer")
        #expect(answer.matches.isEmpty)
        #expect(index.solvers(for: "lawyer", excluding: nil).isEmpty)
    }
}
