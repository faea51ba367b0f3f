/// What one text says, read for matching: the concepts it expresses and its own content words,
/// each split into the head (what the text is about, what must be solved) and the context.
///
/// "a photographer for the firm's new website" has the head concept photography and the
/// context concept websites; "cámaras de seguridad" is one concept, security cameras.
struct TextReading: Equatable {
    /// Concept positions in the catalogue, distinct, in the order the text names them.
    var headConcepts: [Int32] = []
    /// For each head concept, the number of words of the phrase that named it (more is more
    /// specific) and how many concepts that phrase belongs to (more is less decisive).
    var headSpans: [UInt8] = []
    var headAmbiguity: [UInt8] = []
    /// The head concepts named first: what the text is above all about ("hiring" in "hiring
    /// a first sales person").
    var primaryConcepts: [Int32] = []
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
    /// accents; the longest phrase wins where phrases overlap. The text is cut into parts at
    /// words such as "for", "para", "among", "que": the head is the first part that names a
    /// concept (else the first with a word that is not generic), the rest is context. A
    /// modifier is context too: the first parts of a hyphenated compound ("German-English
    /// translation", "flat-pack furniture") and, in English, a concept right before another
    /// ("electric bike rentals").
    ///
    /// With `implied`, a word that alone points to one concept ("web") reads as it where no
    /// phrase is found: for what is asked (a need, a question), whose few words must count, not
    /// for what people offer, whose words are read as written.
    func read(_ text: String, analyzer: TermAnalyzer, implied: Bool = false) -> TextReading {
        // Content words, with their part of the text, their place among all written words and
        // whether a hyphen joins them to the next word.
        var words: [TermAnalyzer.Word] = []
        var segmentOf: [Int] = []
        var rawIndexOf: [Int] = []
        var hyphenated: [Bool] = []
        var segment = 0
        var segmentHasWords = false
        var looksSpanish = false
        // Clauses ("my books are a mess, need someone to do my accounts") by their first part.
        var clauseStarts: [Int] = [0]
        // Content words right after "and", "y", "or", "o": a phrase there is a second thing
        // asked for, as much the point as the first.
        var afterConjunction: [Bool] = []
        var conjunction = false
        // Parts opened by "que"/"that" alone (not "para que", "so that"), and parts holding a
        // word that asks ("necesito"): a need said after "creo que" is what the text is about.
        var complementParts = Set<Int>()
        var askingParts = Set<Int>()
        var enders = (seen: false, complementOnly: false)
        let raws = WordFolding.words(text)
        for (r, raw) in raws.enumerated() {
            if r > 0, text.utf8[raws[r - 1].endIndex..<raw.startIndex].contains(where: Self.isClauseBreak) {
                if segmentHasWords {
                    segment += 1
                    clauseStarts.append(segment)
                }
                segmentHasWords = false
                conjunction = true
                enders = (false, false)
            }
            let word = analyzer.word(raw)
            if word.joins {
                conjunction = true
                continue
            }
            if !looksSpanish && (!WordFolding.isASCII(raw) || word.isSpanishMarker) { looksSpanish = true }
            if word.endsHead {
                if segmentHasWords { segment += 1 }
                segmentHasWords = false
                enders = (true, (enders.seen ? enders.complementOnly : true) && word.opensComplement)
                continue
            }
            if word.isStopWord { continue }
            if word.folded.utf8.count < 2 && !word.folded.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { continue }
            if !segmentHasWords && enders.seen && enders.complementOnly { complementParts.insert(segment) }
            if word.asks { askingParts.insert(segment) }
            enders = (false, false)
            words.append(word)
            afterConjunction.append(conjunction)
            conjunction = false
            segmentOf.append(segment)
            rawIndexOf.append(r)
            let after = raw.endIndex
            hyphenated.append(
                r + 1 < raws.count && after < text.endIndex && text.utf8[after] == UInt8(ascii: "-")
                    && text.utf8.index(after: after) == raws[r + 1].startIndex)
            segmentHasWords = true
        }
        // A hyphenated chain followed by another word of its part modifies that word.
        var modifier = Array(repeating: false, count: words.count)
        var k = 0
        while k < words.count {
            guard hyphenated[k] else {
                k += 1
                continue
            }
            var last = k
            while last < words.count - 1 && hyphenated[last] && rawIndexOf[last + 1] == rawIndexOf[last] + 1 {
                last += 1
            }
            if last + 1 < words.count && segmentOf[last + 1] == segmentOf[k] {
                for m in k...last { modifier[m] = true }
            }
            k = last + 1
        }
        // Concept phrases, longest first at each position: in order (up to two generic words
        // skipped inside), else for two-word phrases the other way round.
        var found: [(concepts: [Int32], start: Int, end: Int, length: Int)] = []
        // Words that alone point to a concept count only where no phrase names one.
        var impliedFound: [(concepts: [Int32], start: Int, end: Int, length: Int)] = []
        var coveredByPhrase = Array(repeating: false, count: words.count)
        var i = 0
        while i < words.count {
            var bestLength = 0
            var bestEnd = i
            var bestConcepts: [Int32] = []
            func consider(_ p: Int32, end: Int?) {
                let phrase = phrases[Int(p)]
                guard let end, phrase.words.count >= bestLength else { return }
                if phrase.words.count > bestLength {
                    bestLength = phrase.words.count
                    bestConcepts = []
                    bestEnd = end
                }
                bestEnd = max(bestEnd, end)
                if !bestConcepts.contains(phrase.concept) { bestConcepts.append(phrase.concept) }
            }
            for term in words[i].terms {
                for p in phrasesByFirstTerm[term] ?? [] {
                    consider(p, end: inOrder(phrases[Int(p)], words, segmentOf, from: i))
                }
            }
            if bestLength < 2 && i + 1 < words.count && segmentOf[i + 1] == segmentOf[i] {
                for term in words[i].terms {
                    for p in pairsBySecondTerm[term] ?? []
                    where Self.matches(words[i], phrases[Int(p)], 1) && Self.matches(words[i + 1], phrases[Int(p)], 0) {
                        consider(p, end: i + 2)
                    }
                }
            }
            if implied && bestLength == 0 && !words[i].isGeneric {
                for term in words[i].terms {
                    if let p = impliedByTerm[term]?[words[i].folded.utf8.count],
                        !impliedFound.contains(where: { $0.concepts.contains(phrases[Int(p)].concept) })
                    {
                        impliedFound.append(([phrases[Int(p)].concept], i, i + 1, 1))
                    }
                }
            }
            if bestLength == 0 {
                i += 1
                continue
            }
            found.append((bestConcepts, i, bestEnd, bestLength))
            for k in i..<bestEnd { coveredByPhrase[k] = true }
            i = bestEnd
        }
        if found.isEmpty {
            found = impliedFound
            for f in found { coveredByPhrase[f.start] = true }
        }
        // Which phrases are modifiers: all hyphen-joined, or (English) right before another.
        var isModifier = found.map { f in (f.start..<f.end).allSatisfy { modifier[$0] } }
        if !looksSpanish {
            for f in found.indices.dropLast() {
                let next = found[f + 1]
                if segmentOf[next.start] == segmentOf[found[f].start]
                    && rawIndexOf[next.start] == rawIndexOf[found[f].end - 1] + 1
                {
                    isModifier[f] = true
                }
            }
        }
        // The head: in each clause, its first part with a concept or a word that is not
        // generic; the first clause whose head names a concept, else the first clause's.
        var heads: [Int] = []
        for (c, start) in clauseStarts.enumerated() {
            let end = c + 1 < clauseStarts.count ? clauseStarts[c + 1] : Int.max
            if let k = words.indices.first(where: {
                segmentOf[$0] >= start && segmentOf[$0] < end
                    && (coveredByPhrase[$0] || !words[$0].isGeneric)
            }) {
                heads.append(
                    Self.complementHead(
                        after: segmentOf[k], complementParts: complementParts,
                        askingParts: askingParts
                    ) { part in
                        let names = found.indices.contains { segmentOf[found[$0].start] == part && !isModifier[$0] }
                        let hasContent = words.indices.contains {
                            segmentOf[$0] == part
                                && (coveredByPhrase[$0] || !words[$0].isGeneric)
                        }
                        return (names, hasContent)
                    })
            }
        }
        let head =
            heads.first { h in found.indices.contains { segmentOf[found[$0].start] == h && !isModifier[$0] } }
            ?? heads.first ?? -1
        var reading = TextReading()
        let primary = found.indices.first { segmentOf[found[$0].start] == head && !isModifier[$0] }
        for (f, phrase) in found.enumerated() {
            let inHead = segmentOf[phrase.start] == head && !isModifier[f]
            for concept in phrase.concepts {
                if inHead {
                    if !reading.headConcepts.contains(concept) {
                        reading.headConcepts.append(concept)
                        reading.headSpans.append(UInt8(min(phrase.length, 9)))
                        reading.headAmbiguity.append(
                            UInt8(min(max(phrase.concepts.filter { $0 < conceptCount }.count, 1), 9)))
                    }
                    if f == primary || afterConjunction[phrase.start] { reading.primaryConcepts.append(concept) }
                } else if !reading.contextConcepts.contains(concept) {
                    reading.contextConcepts.append(concept)
                }
            }
        }
        reading.contextConcepts.removeAll { reading.headConcepts.contains($0) }
        for (k, word) in words.enumerated() where !word.isGeneric && !word.terms.isEmpty {
            let inHead = segmentOf[k] == head && !modifier[k]
            if coveredByPhrase[k] {
                if inHead && !reading.headPhraseTerms.contains(word.terms) {
                    reading.headPhraseTerms.append(word.terms)
                } else if !inHead && !reading.contextPhraseTerms.contains(word.terms) {
                    reading.contextPhraseTerms.append(word.terms)
                }
            } else if inHead {
                if !reading.headTerms.contains(word.terms) { reading.headTerms.append(word.terms) }
            } else if !reading.contextTerms.contains(word.terms) {
                reading.contextTerms.append(word.terms)
            }
        }
        return reading
    }
}
