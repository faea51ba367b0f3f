import CStemmer

/// One Snowball stemmer (libstemmer) for one language, e.g. "english" or "spanish".
///
/// A libstemmer object keeps state between calls and is not thread-safe, so this class is not
/// `Sendable`: each `TermAnalyzer` owns its own stemmers and uses them from one place.
final class SnowballStemmer {
    private let handle: OpaquePointer
    let language: String

    /// Returns nil when libstemmer does not know the language (or is out of memory).
    init?(language: String) {
        guard let handle = sb_stemmer_new(language, "UTF_8") else { return nil }
        self.handle = handle
        self.language = language
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of a lowercase word; the word itself when stemming fails.
    func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return word }
        let result: String? = bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                let stemmed = sb_stemmer_stem(handle, base, Int32(buffer.count))
            else { return nil }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
        return result ?? word
    }
}
