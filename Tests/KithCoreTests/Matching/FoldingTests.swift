import Testing

@testable import KithCore

/// Word splitting, case and accent folding, stop words.
@Suite struct FoldingTests {
    @Test func foldsCaseAndAccents() {
        #expect(WordFolding.fold("cámaras") == "camaras")
        #expect(WordFolding.fold("CÁMARAS") == "camaras")
        #expect(WordFolding.fold("Camaras") == "camaras")
        #expect(WordFolding.fold("niñera") == "ninera")
        #expect(WordFolding.fold("Ñandú") == "nandu")
    }

    @Test func splitsOnPunctuationAndSpace() {
        let words = WordFolding.words("Instala cámaras de seguridad, CCTV & alarmas (24h)!").map(String.init)
        #expect(words == ["Instala", "cámaras", "de", "seguridad", "CCTV", "alarmas", "24h"])
        #expect(WordFolding.words("").isEmpty)
        #expect(WordFolding.words("  ,.;  ").isEmpty)
    }

    @Test func dropsStopWordsInBothLanguages() {
        let analyzer = TermAnalyzer()
        let english = analyzer.contentWords("I need someone for the security of my shop").map(\.folded)
        #expect(english == ["need", "someone", "security", "shop"])
        let spanish = analyzer.contentWords("tengo un dolor de espalda terrible").map(\.folded)
        #expect(spanish == ["dolor", "espalda", "terrible"])
    }

    @Test func capitalAcronymsAreNotStopWords() {
        let analyzer = TermAnalyzer()
        #expect(analyzer.contentWords("IT support").map(\.folded) == ["it", "support"])
        #expect(analyzer.contentWords("it is support").map(\.folded) == ["support"])
    }

    @Test func accentedAndPlainSpellingsGiveTheSameTerms() {
        let analyzer = TermAnalyzer()
        let a = Set(analyzer.contentWords("cámaras").flatMap(\.terms))
        let b = Set(analyzer.contentWords("CAMARAS").flatMap(\.terms))
        #expect(!a.isDisjoint(with: b))
    }

    @Test func oddTextDoesNotCrash() {
        let analyzer = TermAnalyzer()
        #expect(analyzer.contentWords("🙂🙂 —— ¿¡").isEmpty)
        #expect(!analyzer.contentWords(String(repeating: "a", count: 5000)).isEmpty)
        #expect(analyzer.contentWords("e\u{301}cole").map(\.folded) == ["ecole"])
    }
}
