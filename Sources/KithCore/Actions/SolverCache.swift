/// Asks the finder once per distinct need text in one computation, and resolves each hit's
/// contact to its position in the network (hits for unknown contacts are left out).
struct SolverCache {
    /// A hit and its contact's position.
    struct Found {
        let position: Int32
        let hit: SolverHit
    }

    let finder: NeedSolverFinding
    let contacts: [Contact]
    /// Every answer so far; `answerOf` gives a need's position here.
    private(set) var answers: [[Found]] = []
    private var answerOf: [String: Int32] = [:]
    /// Positions by id, built only if a hit comes without a usable position.
    private var positions: [ContactID: Int32]?

    init(finder: NeedSolverFinding, contacts: [Contact]) {
        self.finder = finder
        self.contacts = contacts
    }

    mutating func hits(_ need: String) -> [Found] {
        answers[Int(answer(need))]
    }

    /// The position of the answer for `need` in `answers`.
    mutating func answer(_ need: String) -> Int32 {
        if let known = answerOf[need] { return known }
        var found: [Found] = []
        for hit in finder.solvers(for: need, excluding: nil) {
            if let position = position(of: hit) { found.append(Found(position: position, hit: hit)) }
        }
        let at = Int32(answers.count)
        answers.append(found)
        answerOf[need] = at
        return at
    }

    private mutating func position(of hit: SolverHit) -> Int32? {
        if let p = hit.contactPosition, p >= 0, p < contacts.count, contacts[p].id == hit.contactID { return Int32(p) }
        if positions == nil {
            var map: [ContactID: Int32] = [:]
            for (i, c) in contacts.enumerated() where map[c.id] == nil { map[c.id] = Int32(i) }
            positions = map
        }
        return positions?[hit.contactID]
    }
}
