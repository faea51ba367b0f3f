/// Finds the word under the cursor that TAB completion works on.
///
/// A word starts after the last space or tab that is not inside double quotes,
/// so after `show "Ana G` the word is `"Ana G`.
public enum CompletionWord {
    /// The word that ends at the end of `lineUpToCursor`.
    public static func word(in lineUpToCursor: String) -> String {
        var wordStart = lineUpToCursor.startIndex
        var insideQuotes = false
        var index = lineUpToCursor.startIndex
        while index < lineUpToCursor.endIndex {
            let character = lineUpToCursor[index]
            let next = lineUpToCursor.index(after: index)
            if character == "\"" {
                insideQuotes.toggle()
            } else if !insideQuotes && (character == " " || character == "\t") {
                wordStart = next
            }
            index = next
        }
        return String(lineUpToCursor[wordStart...])
    }
}

/// What TAB completion does to the line, given the word and the candidates.
public struct CompletionPlan: Equatable, Sendable {
    /// Text that replaces the word under the cursor, or nil to leave the line as it is.
    public let replacement: String?
    /// The candidates to list under the line (empty when at most one remains).
    public let listing: [String]
    /// Whether there was nothing to complete.
    public var isEmpty: Bool { replacement == nil && listing.isEmpty }

    /// Plans a completion: the word becomes the longest common prefix of the
    /// candidates when that prefix extends it, or replaces it outright when the
    /// prefix is at least as long (e.g. a different case or added quotes).
    public init(word: String, candidates: [String]) {
        var seen = Set<String>()
        let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        listing = unique.count > 1 ? unique : []
        guard let first = unique.first else {
            replacement = nil
            return
        }
        let prefix = unique.dropFirst().reduce(first) { Self.commonPrefix($0, $1) }
        if prefix != word && (prefix.hasPrefix(word) || prefix.count >= word.count) {
            replacement = prefix
        } else {
            replacement = nil
        }
    }

    static func commonPrefix(_ left: String, _ right: String) -> String {
        var result = ""
        for (a, b) in zip(left, right) {
            guard a == b else { break }
            result.append(a)
        }
        return result
    }
}
