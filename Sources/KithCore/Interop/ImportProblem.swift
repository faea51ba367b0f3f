/// One card, row or line of an address-book file that was skipped or read with a doubt:
/// where it is and why. Its text never carries control characters, so it is safe to print.
package struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file name given to the reader, if any.
    package var source: String?
    /// The 1-based physical line where the problem is.
    package var line: Int
    package var reason: String

    package init(source: String? = nil, line: Int, reason: String) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    package var description: String {
        let place = source.map { "\($0), line \(line)" } ?? "line \(line)"
        return SafeQuote.text("\(place): \(reason)", limit: 400)
    }
}

/// What reading an address-book file gave: the people, the cards or rows skipped (each with
/// its line and reason) and what was read with a warning (a guessed encoding, a value kept raw).
package struct AddressBookContents: Sendable {
    package var contacts: [ImportedContact] = []
    package var skipped: [ImportProblem] = []
    package var warnings: [ImportProblem] = []

    package init(contacts: [ImportedContact] = [], skipped: [ImportProblem] = [], warnings: [ImportProblem] = []) {
        self.contacts = contacts
        self.skipped = skipped
        self.warnings = warnings
    }

    /// Names `source` in every problem.
    mutating func locate(in source: String?) {
        for i in skipped.indices { skipped[i].source = source }
        for i in warnings.indices { warnings[i].source = source }
    }

    /// Adds another file's contents after these.
    package mutating func append(_ other: AddressBookContents) {
        contacts += other.contacts
        skipped += other.skipped
        warnings += other.warnings
    }
}
