import Testing

@testable import KithCore

/// Snowball stemming through libstemmer, and the bilingual variant terms built on it.
@Suite struct StemmingTests {
    /// True when the two words share at least one variant term, i.e. they match each other.
    func match(_ a: String, _ b: String) -> Bool {
        let analyzer = TermAnalyzer()
        let x = analyzer.contentWords(a).flatMap(\.terms)
        let y = analyzer.contentWords(b).flatMap(\.terms)
        return x.contains(where: y.contains)
    }

    @Test func englishStemmerIsSnowball() throws {
        let stemmer = try #require(SnowballStemmer(language: "english"))
        #expect(stemmer.stem("cameras") == "camera")
        #expect(stemmer.stem("installing") == "instal")
        #expect(stemmer.stem("installation") == "instal")
        #expect(stemmer.stem("") == "")
    }

    @Test func spanishStemmerIsSnowball() throws {
        let stemmer = try #require(SnowballStemmer(language: "spanish"))
        #expect(stemmer.stem("abogados") == "abog")
        #expect(stemmer.stem("abogado") == "abog")
        #expect(stemmer.stem("cámaras") == "cam")
    }

    @Test func unknownLanguageGivesNoStemmer() {
        #expect(SnowballStemmer(language: "klingon") == nil)
    }

    static let englishPairs: [(String, String)] = [
        ("camera", "cameras"), ("installs", "installing"), ("installing", "installation"),
        ("installs", "installation"), ("lawyer", "lawyers"), ("accountant", "accountants"),
        ("photographer", "photographers"), ("translate", "translating"), ("designs", "designing"),
        ("developer", "developers"), ("consulting", "consults"), ("investor", "investors"),
        ("repairs", "repairing"), ("plumber", "plumbers"), ("teaching", "teaches"),
        ("marketing", "market"), ("hiring", "hire"), ("moving", "moves"),
    ]

    static let spanishPairs: [(String, String)] = [
        ("abogado", "abogados"), ("cámara", "cámaras"), ("cámaras", "camaras"), ("CÁMARAS", "camaras"),
        ("fotógrafo", "fotografos"), ("fotografía", "fotografia"), ("instalación", "instalaciones"),
        ("instalacion", "instalaciones"), ("instalación", "instalacion"), ("fisioterapeuta", "fisioterapeutas"),
        ("quiropráctico", "quiropractico"), ("traductor", "traductores"), ("electricista", "electricistas"),
        ("psicólogo", "psicologos"), ("guardería", "guarderias"), ("hipoteca", "hipotecas"),
        ("mudanza", "mudanzas"), ("contadora", "contadoras"), ("diseñador", "disenadores"),
        ("información", "informacion"),
    ]

    @Test(arguments: englishPairs) func englishPairsMatch(_ pair: (String, String)) {
        #expect(match(pair.0, pair.1), "\(pair.0) / \(pair.1)")
    }

    @Test(arguments: spanishPairs) func spanishPairsMatch(_ pair: (String, String)) {
        #expect(match(pair.0, pair.1), "\(pair.0) / \(pair.1)")
    }

    @Test func unrelatedWordsDoNotMatch() {
        #expect(!match("camera", "lawyer"))
        #expect(!match("abogado", "fontanero"))
        #expect(!match("plumber", "painter"))
    }

    /// Why accents are folded after stemming the accented word as well as before: the Spanish
    /// stemmer reads accents, so folding first alone loses matches that users type both ways.
    @Test func foldingOnlyBeforeStemmingLosesSpanishMatches() throws {
        let spanish = try #require(SnowballStemmer(language: "spanish"))
        func foldThenStem(_ w: String) -> String { spanish.stem(TextFolding.fold(w)) }
        func stemThenFold(_ w: String) -> String { TextFolding.fold(spanish.stem(w.lowercased())) }
        // Folding first: "instalación" and "instalaciones" fall apart.
        #expect(foldThenStem("instalación") != foldThenStem("instalaciones"))
        // Stemming the accented word, then folding: they agree.
        #expect(stemThenFold("instalación") == stemThenFold("instalaciones"))
        #expect(stemThenFold("fotografía") == stemThenFold("fotografías"))
        // But a word typed without accents does not meet its accented form that way…
        #expect(stemThenFold("fotografia") != stemThenFold("fotografía"))
        // …so the analyzer keeps both variants and every spelling matches.
        #expect(match("fotografia", "fotografía"))
        #expect(match("fotografia", "fotografías"))
        #expect(match("instalacion", "instalaciones"))
        #expect(match("instalación", "instalaciones"))
    }
}
