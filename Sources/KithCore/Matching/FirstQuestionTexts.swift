/// Which texts can answer one question, found without reading them into concepts: those with
/// a word whose variant terms can start one of the question's concepts (a phrase's first
/// word, or the second of a two-word phrase written the other way round) or meet one of its
/// own words. A question asked once (`kith who …`) then reads only those texts.
struct FirstQuestionTexts {
    /// By term id: true for a term that can bring a text in.
    private var terms: [Bool]
    private let analyzer: TermAnalyzer

    init(of asked: TextReading, catalogue: ConceptCatalogue, analyzer: TermAnalyzer) {
        self.analyzer = analyzer
        terms = Array(repeating: false, count: analyzer.termTexts.count)
        var concepts = Array(repeating: false, count: catalogue.count)
        for concept in asked.headConcepts {
            concepts[Int(concept)] = true
            for other in catalogue.related[Int(concept)] { concepts[Int(other)] = true }
        }
        for concept in asked.contextConcepts { concepts[Int(concept)] = true }
        for phrase in catalogue.phrases where concepts[Int(phrase.concept)] {
            for term in phrase.words[0] { terms[Int(term)] = true }
            if phrase.words.count == 2 { for term in phrase.words[1] { terms[Int(term)] = true } }
        }
        for word in asked.headTerms + asked.contextTerms + asked.phraseTerms {
            for term in word { terms[Int(term)] = true }
        }
    }

    /// True when `text` holds a word that can bring it in.
    func mayAnswer(_ text: String) -> Bool {
        for raw in WordFolding.words(text) {
            for term in analyzer.word(raw).terms where Int(term) < terms.count && terms[Int(term)] { return true }
        }
        return false
    }
}
