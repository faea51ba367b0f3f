/// A LinkedIn `Connections.csv` could not be read: what is wrong and on which line.
/// Nothing was imported.
public struct LinkedInError: Error, CustomStringConvertible, Equatable, Sendable {
    public var source: String?
    public var line: Int
    public var reason: String

    public init(source: String? = nil, line: Int, reason: String) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = source.map { "\($0), line \(line)" } ?? "line \(line)"
        return "\(place): \(reason); nothing was imported"
    }
}
