/// Turns text into index terms: words, folded, stop words dropped, stemmed in both languages.
///
/// A query's language is unknown and a contact's notes may mix English and Spanish, so every
/// word is indexed (and looked up) under a small set of variant terms: the English stem of the
/// folded word, the Spanish stem of the folded word, and — for words written with accents or
/// ending in "-cion"/"-sion" — the folded Spanish stem of the accented word. Snowball's Spanish
/// stemmer reads accents ("fotografía" → "fotograf" but "fotografia" → "fotografi"), so stemming
/// the accented form and folding afterwards stems better; stemming the folded form as well lets
/// a query typed without accents meet it. Two words match when their variant sets share a term.
///
/// Each distinct variant gets a small integer id. Results are cached per written word, so the
/// stemmers run once per distinct word. Not thread-safe: owned by one `MatchIndex`.
final class TermAnalyzer {
    /// What one written word contributes.
    struct Word {
        let folded: String
        let isStopWord: Bool
        /// Ids of the variant terms, distinct; empty for stop words.
        let terms: [Int32]
        /// What the word does in a phrase, worked out once per word (see `GenericWords`).
        var isGeneric = false
        var endsHead = false
        var joins = false
        var isSpanishMarker = false
        /// "that", "que": a clause after it may carry the real need ("creo que necesito…").
        var opensComplement = false
        /// "need", "necesito", "busco": the clause holding it says what is asked.
        var asks = false
    }

    private let english: SnowballStemmer?
    private let spanish: SnowballStemmer?
    private var cache: [Substring: Word] = [:]
    private(set) var termIDs: [String: Int32] = [:]
    private(set) var termTexts: [String] = []

    init() {
        english = SnowballStemmer(language: "english")
        spanish = SnowballStemmer(language: "spanish")
    }

    /// The analysis of one written word, from the cache when seen before.
    func word(_ raw: Substring) -> Word {
        if let known = cache[raw] { return known }
        let folded = WordFolding.fold(raw)
        let isStop = (!WordFolding.isAcronym(raw) || Self.functionWords.contains(folded)) && StopWords.contains(folded)
        var result: Word
        if isStop || folded.isEmpty {
            result = Word(folded: folded, isStopWord: true, terms: [])
        } else {
            var ids: [Int32] = []
            for variant in variants(raw: raw, folded: folded) {
                let id = termID(variant)
                if !ids.contains(id) { ids.append(id) }
            }
            result = Word(folded: folded, isStopWord: false, terms: ids)
        }
        result.isGeneric = GenericWords.contains(folded)
        result.endsHead = GenericWords.headEnders.contains(folded)
        result.joins = ConceptCatalogue.conjunctions.contains(folded)
        result.isSpanishMarker = ConceptCatalogue.spanishMarkers.contains(folded)
        result.opensComplement = GenericWords.complementizers.contains(folded)
        result.asks = GenericWords.askingWords.contains(folded)
        cache[raw] = result
        return result
    }

    /// Stop words that stay stop words in capitals ("CÁMARAS DE SEGURIDAD"); other short
    /// capitalised words read as acronyms ("IT", "HR").
    static let functionWords: Set<String> = [
        "de", "del", "la", "las", "el", "los", "en", "con", "por", "para", "y", "a", "al", "un", "una",
        "the", "and", "for", "of", "to", "in", "on", "with", "a", "an",
    ]

    /// The content words of a text (stop words removed), single letters dropped.
    func contentWords(_ text: String) -> [Word] {
        var result: [Word] = []
        for raw in WordFolding.words(text) {
            let analysed = word(raw)
            if analysed.isStopWord { continue }
            if analysed.folded.utf8.count < 2 && !analysed.folded.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { continue }
            result.append(analysed)
        }
        return result
    }

    /// The variant strings of one word, before they get ids.
    func variants(raw: Substring, folded: String) -> [String] {
        var out: [String] = []
        func add(_ term: String) { if !term.isEmpty && !out.contains(term) { out.append(term) } }
        add(english?.stem(folded) ?? folded)
        add(spanish?.stem(folded) ?? folded)
        if !WordFolding.isASCII(raw) {
            let accented = String(raw).lowercased()
            add(WordFolding.fold(Substring(spanish?.stem(accented) ?? accented)))
        } else if folded.hasSuffix("cion") || folded.hasSuffix("sion") {
            let accented = String(folded.dropLast(2)) + "ón"
            add(WordFolding.fold(Substring(spanish?.stem(accented) ?? accented)))
        }
        return out
    }

    /// The id of a variant term, assigning a new one when unseen.
    func termID(_ term: String) -> Int32 {
        if let id = termIDs[term] { return id }
        let id = Int32(termTexts.count)
        termIDs[term] = id
        termTexts.append(term)
        return id
    }

    /// The id of a variant term when it exists, without assigning one.
    func existingTermID(_ term: String) -> Int32? { termIDs[term] }
}
