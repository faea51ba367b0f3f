/// Makes new contact ids: eight lowercase hex digits, unique within a network.
package struct ContactIDGenerator {
    private var random: () -> UInt32

    /// `random` is injectable so tests get stable ids.
    package init(random: @escaping () -> UInt32 = { UInt32.random(in: 0...UInt32.max) }) {
        self.random = random
    }

    /// A fresh id not used by any contact in `network`.
    package mutating func next(avoiding network: Network) -> ContactID {
        while true {
            let value = random()
            let hex = String(value, radix: 16)
            let id = String(repeating: "0", count: max(0, 8 - hex.count)) + hex
            if network.index(of: id) == nil { return id }
        }
    }

    /// A fresh id not in `taken` (constant time, for imports of many people).
    package mutating func next(avoiding taken: Set<ContactID>) -> ContactID {
        while true {
            let hex = String(random(), radix: 16)
            let id = String(repeating: "0", count: max(0, 8 - hex.count)) + hex
            if !taken.contains(id) { return id }
        }
    }
}
