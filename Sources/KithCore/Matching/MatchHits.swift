extension MatchIndex {
    /// One item's evidence, weighted by its field.
    struct Hit {
        let item: Int32
        let target: Int
        let evidence: MatchEvidence
        var confidence: Double
    }

    /// One person's hits combined: the best hit, and how many others there were.
    struct Group {
        let target: Int
        var best: Int
        var others = 0
        /// Ranks people of equal confidence: more words shared, more items matching.
        var tieBreak: Double
    }
}
