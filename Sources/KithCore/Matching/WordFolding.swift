import Foundation

/// Splits text into words and folds them for matching, with a fast path for ASCII.
///
/// A word is a run of letters and digits; everything else separates words. Folding lowercases
/// and removes accents ("CÁMARAS" → "camaras"); non-ASCII words go through `TextFolding.fold`,
/// ASCII words are lowercased byte by byte.
enum WordFolding {
    /// The raw words of `text`, in order, as they were written.
    static func words(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let scalar = scalars[index]
            let isWordScalar: Bool
            if scalar.isASCII {
                let v = scalar.value
                isWordScalar = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
            } else {
                isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark
            }
            if isWordScalar {
                if start == nil { start = index }
            } else if let s = start {
                result.append(text[s..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let s = start { result.append(text[s..<text.endIndex]) }
        return result
    }

    /// True when every byte of the word is ASCII.
    static func isASCII(_ word: Substring) -> Bool {
        word.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Lowercase without accents: "Cámaras" → "camaras".
    static func fold(_ word: Substring) -> String {
        if isASCII(word) {
            var bytes = Array(word.utf8)
            for i in bytes.indices where bytes[i] >= 65 && bytes[i] <= 90 { bytes[i] += 32 }
            return String(decoding: bytes, as: UTF8.self)
        }
        return TextFolding.fold(String(word))
    }

    /// True for acronyms written in capitals ("IT", "HR", "SEO"), which are never stop words.
    static func isAcronym(_ word: Substring) -> Bool {
        let count = word.utf8.count
        return count >= 2 && count <= 4 && word.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }
}
