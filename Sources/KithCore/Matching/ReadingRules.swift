/// The word lists and checks `ConceptCatalogue.read` works with: where a clause ends, which
/// words join two things asked for, which mark Spanish, how a written word meets a phrase's
/// word, and which part of a clause is its head.
extension ConceptCatalogue {
    /// The part of a clause that is its head, starting from `first` (its first part with a
    /// concept or a word that is not generic). A part right after it opened by "que"/"that"
    /// alone (a chain of them) takes over when it holds a word that asks ("estoy seguro de que
    /// *necesito un abogado*") or when `first` names no concept and it does ("alguien de
    /// confianza que arregle calderas"). `part` tells whether a part names a concept and
    /// whether it holds anything that is not generic.
    static func complementHead(
        after first: Int, complementParts: Set<Int>, askingParts: Set<Int>,
        part: (Int) -> (namesConcept: Bool, hasContent: Bool)
    ) -> Int {
        guard complementParts.contains(first + 1) else { return first }
        let firstNamesConcept = part(first).namesConcept
        var next = first + 1
        while complementParts.contains(next) {
            let (names, content) = part(next)
            if content && askingParts.contains(next) { return next }
            if names && !firstNamesConcept { return next }
            next += 1
        }
        return first
    }

    /// True for a byte between two words that ends a clause: , . ; : ! ? ( )
    static func isClauseBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"):
            return true
        default: return false
        }
    }

    /// Folded words that join two things asked for.
    static let conjunctions: Set<String> = ["and", "or", "y", "e", "o", "u"]

    /// Folded words only Spanish uses: a text with one of them (or with accents) is not read
    /// by English word order.
    static let spanishMarkers: Set<String> = [
        "de", "del", "la", "las", "el", "los", "para", "con", "que", "en", "un", "una", "por", "mi", "mis",
        "su", "sus", "al", "se", "es", "muy", "sin",
    ]

    /// True when two words' variant terms meet.
    static func shares(_ a: [Int32], _ b: [Int32]) -> Bool {
        for x in a where b.contains(x) { return true }
        return false
    }

    /// True when a written word is word `k` of a phrase: their stems meet, and the words are
    /// close in length, so a stem shared by words of different meaning does not count
    /// ("electric" is neither "electricity" nor "electricista"); an English "-ing" is allowed
    /// ("painting", "paint").
    static func matches(_ word: TermAnalyzer.Word, _ phrase: Phrase, _ k: Int) -> Bool {
        guard shares(word.terms, phrase.words[k]) else { return false }
        let difference = abs(word.folded.utf8.count - phrase.lengths[k])
        if difference < 3 { return true }
        return difference == 3 && (word.folded.hasSuffix("ing") || phrase.endsInIng[k])
    }

    /// The end of the phrase read in order from word `i`, skipping up to two generic words
    /// inside it ("salir *el primero* en Google"), or nil. A phrase stays within one part of
    /// the text: "fotógrafo *para la* boda" is a photographer, for a wedding.
    func inOrder(_ phrase: Phrase, _ words: [TermAnalyzer.Word], _ segmentOf: [Int], from i: Int) -> Int? {
        var j = i
        var skipped = 0
        for k in phrase.words.indices {
            while true {
                guard j < words.count, segmentOf[j] == segmentOf[i] else { return nil }
                if Self.matches(words[j], phrase, k) {
                    j += 1
                    break
                }
                guard k > 0, skipped < 2, words[j].isGeneric else { return nil }
                skipped += 1
                j += 1
            }
        }
        return j
    }

}
