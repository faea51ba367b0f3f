/// An introduction the user made between two contacts, for the graph.
public struct IntroductionEdge: Hashable, Sendable {
    public var first: ContactID
    public var second: ContactID
    public var date: Day

    public init(_ first: ContactID, _ second: ContactID, date: Day) {
        self.first = first
        self.second = second
        self.date = date
    }
}
