/// Which way a "who" question points: people who can help with something, or people who need it.
package enum WhoDirection: String, Sendable {
    case canHelp
    case needs
}

/// Reads the words of a "who" question in English or Spanish.
///
/// Accepts the words with or without the leading "who"/"quién" (the command layer may already
/// have consumed it): `who can help with security cameras?`, `can help with security cameras`,
/// `who lawyer`, `who needs a website`, `¿quién puede ayudar con mi espalda?`,
/// `quién necesita un fotógrafo`. Surrounding punctuation is dropped.
package enum WhoQuery {
    /// The direction and the remaining query text (possibly empty).
    package static func parse(_ words: [String]) -> (direction: WhoDirection, text: String) {
        var tokens = words.flatMap { $0.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
            .map(trimPunctuation)
            .filter { !$0.isEmpty }
        let folded = tokens.map { TextFolding.fold($0) }
        var start = 0
        if let first = folded.first, whoWords.contains(first) { start = 1 }
        var direction = WhoDirection.canHelp
        let rest = Array(folded[start...])
        if let length = longestPrefix(of: rest, in: needsPrefixes) {
            direction = .needs
            start += length
        } else if let length = longestPrefix(of: rest, in: canHelpPrefixes) {
            start += length
        }
        tokens = Array(tokens[start...])
        return (direction, tokens.joined(separator: " "))
    }

    static let whoWords: Set<String> = ["who", "whom", "quien", "quienes"]

    static let canHelpPrefixes: [[String]] = [
        "can help with", "can help me with", "could help with", "could help me with",
        "can help us with", "can help", "could help", "helps with", "can", "could",
        "knows about", "knows", "does", "offers", "is good at", "is good with",
        "puede ayudar con", "puede ayudarme con", "me puede ayudar con", "podria ayudar con",
        "podria ayudarme con", "pueden ayudar con", "pueden ayudarme con", "puede ayudar",
        "me puede ayudar", "pueden ayudar", "puede", "pueden", "sabe de", "sabe", "conoce a",
        "conoce", "ofrece", "hace",
    ].map { $0.split(separator: " ").map(String.init) }

    static let needsPrefixes: [[String]] = [
        "needs", "need", "is looking for", "are looking for", "wants", "needs help with",
        "necesita", "necesitan", "busca", "buscan", "esta buscando", "necesita ayuda con",
    ].map { $0.split(separator: " ").map(String.init) }

    /// The length of the longest prefix in `prefixes` that `words` starts with.
    static func longestPrefix(of words: [String], in prefixes: [[String]]) -> Int? {
        var best: Int?
        for prefix in prefixes where prefix.count <= words.count && Array(words[0..<prefix.count]) == prefix {
            if prefix.count > (best ?? 0) { best = prefix.count }
        }
        return best
    }

    /// Drops punctuation around a word: "cameras?" → "cameras", "¿quién" → "quién".
    static func trimPunctuation(_ word: String) -> String {
        let edges: Set<Character> = [
            "?", "¿", "!", "¡", ".", ",", ";", ":", "\"", "'", "«", "»", "“", "”", "…", "(", ")",
        ]
        var scalars = Substring(word)
        while let first = scalars.first, edges.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, edges.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
