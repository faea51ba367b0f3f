/// An address-book file (a vCard file, LinkedIn's `Connections.csv`) could not be read: what is
/// wrong and on which line. Nothing was imported.
package struct ImportFileError: Error, CustomStringConvertible, Equatable, Sendable {
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
        return "\(place): \(reason); nothing was imported"
    }
}

/// A vCard file that could not be read.
package typealias VCardError = ImportFileError
/// A LinkedIn `Connections.csv` that could not be read.
package typealias LinkedInError = ImportFileError
