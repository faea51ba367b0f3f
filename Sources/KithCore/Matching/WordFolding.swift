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
        // Byte by byte: ASCII decides on the byte, anything else on its Unicode scalar.
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let isWordScalar: Bool
            let next: String.Index
            if byte < 0x80 {
                isWordScalar = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
                next = utf8.index(after: index)
            } else {
                let scalar = scalars[index]
                isWordScalar =
                    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark
                next = scalars.index(after: index)
            }
            if isWordScalar {
                if start == nil { start = index }
            } else if let s = start {
                result.append(text[s..<index])
                start = nil
            }
            index = next
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
