/// An introduction the user made between two contacts, for the graph.
package struct IntroductionEdge: Hashable, Sendable {
    package var first: ContactID
    package var second: ContactID
    package var date: Day

    package init(_ first: ContactID, _ second: ContactID, date: Day) {
        self.first = first
        self.second = second
        self.date = date
    }
}
