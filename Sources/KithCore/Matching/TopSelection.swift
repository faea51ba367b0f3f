/// The first `limit` elements of a list in a given order, without sorting the whole list.
///
/// Gives exactly what a stable sort followed by `prefix(limit)` gives: elements that compare
/// equal keep their original order.
enum TopSelection {
    static func first<Element>(
        _ limit: Int?, of list: [Element],
        by areInIncreasingOrder: (Element, Element) -> Bool
    ) -> [Element] {
        guard let limit else {
            var all = list
            all.sort(by: areInIncreasingOrder)
            return all
        }
        let wanted = max(0, limit)
        guard wanted > 0 else { return [] }
        guard list.count > wanted * 4 else {
            var all = list
            all.sort(by: areInIncreasingOrder)
            return Array(all.prefix(wanted))
        }
        // Keep the best `wanted` so far, in order; a newcomer goes after every element it does
        // not beat, so ties keep the original order.
        var kept: [Element] = []
        kept.reserveCapacity(wanted + 1)
        for element in list {
            if kept.count == wanted, let last = kept.last, !areInIncreasingOrder(element, last) { continue }
            var position = kept.count
            while position > 0 && areInIncreasingOrder(element, kept[position - 1]) { position -= 1 }
            kept.insert(element, at: position)
            if kept.count > wanted { kept.removeLast() }
        }
        return kept
    }
}
