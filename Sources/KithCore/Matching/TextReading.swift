/// What one text says, read for matching: the concepts it expresses and its own content words,
/// each split into the head (what the text is about, what must be solved) and the context.
///
/// "a photographer for the firm's new website" has the head concept photography and the
/// context concept websites; "cámaras de seguridad" is one concept, security cameras.
struct TextReading: Equatable {
    /// Concept positions in the catalogue, sorted and distinct.
    var headConcepts: [Int32] = []
    var contextConcepts: [Int32] = []
    /// Term ids of the content words outside concept phrases that are not generic, distinct.
    var headTerms: [[Int32]] = []
    var contextTerms: [[Int32]] = []
    /// Term ids of the words inside concept phrases, in the head and in the context.
    var headPhraseTerms: [[Int32]] = []
    var contextPhraseTerms: [[Int32]] = []

    /// Every word inside a concept phrase.
    var phraseTerms: [[Int32]] { headPhraseTerms + contextPhraseTerms }

    var isEmpty: Bool {
        headConcepts.isEmpty && contextConcepts.isEmpty && headTerms.isEmpty && contextTerms.isEmpty
            && headPhraseTerms.isEmpty && contextPhraseTerms.isEmpty
    }

    /// Every concept, head first.
    var concepts: [Int32] { headConcepts + contextConcepts.filter { !headConcepts.contains($0) } }
}

extension ConceptCatalogue {
    /// Reads `text` into its concepts and terms. A concept phrase is found by its words in a
    /// row (stop words skipped), each word matching by stem in English or Spanish without
    /// accents; the longest phrase wins where phrases overlap. The head is the first part of the
    /// text, up to a word such as "for" or "para", that holds anything but generic words.
    func read(_ text: String, analyzer: TermAnalyzer) -> TextReading {
        // Content words with the segment (head part) each belongs to.
        var words: [TermAnalyzer.Word] = []
        var segmentOf: [Int] = []
        var segment = 0
        var segmentHasWords = false
        for raw in WordFolding.words(text) {
            let word = analyzer.word(raw)
            if GenericWords.headEnders.contains(word.folded) {
                if segmentHasWords { segment += 1 }
                segmentHasWords = false
                continue
            }
            if word.isStopWord { continue }
            if word.folded.utf8.count < 2 && !word.folded.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { continue }
            words.append(word)
            segmentOf.append(segment)
            segmentHasWords = true
        }
        // Concept phrases, longest first at each position.
        var found: [(concept: Int32, segment: Int)] = []
        var coveredByPhrase = Array(repeating: false, count: words.count)
        var i = 0
        while i < words.count {
            var bestLength = 0
            var bestConcepts: [Int32] = []
            for term in words[i].terms {
                for p in phrasesByFirstTerm[term] ?? [] {
                    let phrase = phrases[Int(p)]
                    let length = phrase.words.count
                    guard length >= bestLength, i + length <= words.count else { continue }
                    var fits = true
                    for k in 1..<max(length, 1) where !Self.shares(words[i + k].terms, phrase.words[k]) {
                        fits = false
                        break
                    }
                    guard fits else { continue }
                    if length > bestLength {
                        bestLength = length
                        bestConcepts = []
                    }
                    if !bestConcepts.contains(phrase.concept) { bestConcepts.append(phrase.concept) }
                }
            }
            if bestLength == 0 {
                i += 1
                continue
            }
            for concept in bestConcepts { found.append((concept, segmentOf[i])) }
            for k in i..<(i + bestLength) { coveredByPhrase[k] = true }
            i += bestLength
        }
        // The head: the first segment with a concept or a word that is not generic.
        var head = -1
        for (k, word) in words.enumerated() where coveredByPhrase[k] || !GenericWords.contains(word.folded) {
            head = segmentOf[k]
            break
        }
        var reading = TextReading()
        for (concept, s) in found {
            if s == head {
                if !reading.headConcepts.contains(concept) { reading.headConcepts.append(concept) }
            } else if !reading.contextConcepts.contains(concept) {
                reading.contextConcepts.append(concept)
            }
        }
        reading.contextConcepts.removeAll { reading.headConcepts.contains($0) }
        reading.headConcepts.sort()
        reading.contextConcepts.sort()
        for (k, word) in words.enumerated() where !GenericWords.contains(word.folded) && !word.terms.isEmpty {
            if coveredByPhrase[k] {
                if segmentOf[k] == head {
                    if !reading.headPhraseTerms.contains(word.terms) { reading.headPhraseTerms.append(word.terms) }
                } else if !reading.contextPhraseTerms.contains(word.terms) {
                    reading.contextPhraseTerms.append(word.terms)
                }
            } else if segmentOf[k] == head {
                if !reading.headTerms.contains(word.terms) { reading.headTerms.append(word.terms) }
            } else if !reading.contextTerms.contains(word.terms) {
                reading.contextTerms.append(word.terms)
            }
        }
        return reading
    }

    /// True when two words' variant terms meet.
    static func shares(_ a: [Int32], _ b: [Int32]) -> Bool {
        for x in a where b.contains(x) { return true }
        return false
    }
}
