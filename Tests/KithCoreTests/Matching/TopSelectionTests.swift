import Testing

@testable import KithCore

/// Picking the best few without a full sort must give what sort-then-prefix gives, ties included.
struct TopSelectionTests {
    @Test(arguments: [0, 1, 3, 10, 50, 500])
    func matchesAStableSortAndPrefix(limit: Int) {
        var random = SplitMix64(seed: UInt64(limit) + 1)
        let list = (0..<300).map { i in (score: random.below(20), position: i) }
        let order: ((score: Int, position: Int), (score: Int, position: Int)) -> Bool = { $0.score > $1.score }
        var sorted = list
        sorted.sort(by: order)
        let expected = Array(sorted.prefix(limit)).map(\.position)
        #expect(TopSelection.first(limit, of: list, by: order).map(\.position) == expected)
    }

    @Test func noLimitSortsEverythingAndNegativeGivesNothing() {
        #expect(TopSelection.first(nil, of: [3, 1, 2], by: <) == [1, 2, 3])
        #expect(TopSelection.first(-1, of: [3, 1, 2], by: <) == [])
        #expect(TopSelection.first(5, of: [Int](), by: <) == [])
    }
}
