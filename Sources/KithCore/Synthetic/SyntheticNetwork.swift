/// Builds realistic, deterministic networks of any size for benchmarks and tests.
///
/// The same size, seed, day and knowledge base always give the same network. Each contact has
/// a name, bilingual needs and offers drawn from the knowledge base's terms, a role and company
/// for most, tags, people they know (half of them other contacts, linked by id), several
/// interactions over the two years before `today`, and for some a birthday, open and kept
/// promises, notes and a cadence tier. The user's own needs and a few introductions are added.
package enum SyntheticNetwork {
    /// A network of `size` contacts; `knowledge` supplies the need and solver phrases (when it is
    /// empty a few built-in phrases are used).
    package static func make(size: Int, seed: UInt64, today: Day, knowledge: KnowledgeBase) -> Network {
        var random = SplitMix64(seed: seed)
        let terms = Terms(knowledge)
        var network = Network()
        network.contacts.reserveCapacity(max(0, size))
        var usedIDs: Set<ContactID> = []
        for _ in 0..<max(0, size) {
            var id = hexID(random.next())
            while !usedIDs.insert(id).inserted { id = hexID(random.next()) }
            let name = random.pick(SyntheticVocabulary.firstNames) + " " + random.pick(SyntheticVocabulary.lastNames)
            let added = today.adding(days: -(30 + random.below(700)))
            network.contacts.append(Contact(id: id, name: name, added: added))
        }
        // Who is who, apart from the contacts being filled (passing the network itself while
        // changing its contacts would copy them all for every contact).
        let people = network.contacts.map { (id: $0.id, name: $0.name) }
        for i in network.contacts.indices {
            fill(&network.contacts[i], at: i, people: people, terms: terms, today: today, random: &random)
        }
        network.me = Me(
            name: "Alex", needs: [Need(random.pick(terms.needs), recorded: today.adding(days: -20))],
            offers: [DatedText(random.pick(terms.needs), recorded: today.adding(days: -200))])
        let count = network.contacts.count
        if count >= 2 {
            for _ in 0..<(count / 50) {
                let a = random.below(count)
                let b = random.below(count)
                guard a != b else { continue }
                var intro = Introduction(
                    first: network.contacts[a].id, second: network.contacts[b].id,
                    why: random.pick(terms.needs), suggested: today.adding(days: -random.below(60) - 1))
                if random.chance(0.6) { intro.made = intro.suggested.adding(days: random.below(5)) }
                network.introductions.append(intro)
            }
        }
        return network
    }

    /// Need and solver phrases, from the knowledge base or a small built-in list.
    struct Terms {
        let needs: [String]
        let solvers: [String]

        init(_ knowledge: KnowledgeBase) {
            let needs = knowledge.concepts.flatMap { $0.needs.all }
            let solvers = knowledge.concepts.flatMap { $0.roles.all }
            self.needs = needs.isEmpty ? ["back pain", "a new website", "asesoría legal", "tax advice"] : needs
            self.solvers = solvers.isEmpty ? ["physiotherapist", "web designer", "abogado", "accountant"] : solvers
        }
    }

    private static let offerPrefixes = ["", "", "help with ", "ayuda con ", "expert in ", "experta en "]
    private static let kinds: [InteractionKind] = [.meal, .call, .email, .message, .meeting, .followUp, .call]

    private static func fill(
        _ contact: inout Contact, at index: Int, people: [(id: ContactID, name: String)], terms: Terms,
        today: Day, random: inout SplitMix64
    ) {
        let span = contact.added.days(until: today)
        for _ in 0..<random.below(3) {
            var need = Need(random.pick(terms.needs), recorded: contact.added.adding(days: random.below(span)))
            if random.chance(0.25) {
                need.solved = need.recorded.adding(days: random.below(30))
                need.solvedBy = "a friend"
            }
            contact.needs.append(need)
        }
        for _ in 0..<(1 + random.below(3)) {
            let text =
                random.chance(0.5)
                ? random.pick(offerPrefixes) + random.pick(terms.needs)
                : random.pick(terms.solvers)
            contact.offers.append(DatedText(text, recorded: contact.added))
        }
        if random.chance(0.7) { contact.role = random.pick(terms.solvers) }
        if random.chance(0.5) { contact.company = random.pick(SyntheticVocabulary.companies) }
        for _ in 0..<random.below(3) {
            let tag = random.pick(SyntheticVocabulary.tags)
            if !contact.tags.contains(tag) { contact.tags.append(tag) }
        }
        if random.chance(0.6) { contact.emails = [emailAddress(contact.name, index)] }
        if random.chance(0.3) { contact.phones = ["+34 6\(String(100_000_00 + random.below(89_999_999)))"] }
        for _ in 0..<random.below(5) {
            let recorded = contact.added.adding(days: random.below(span))
            if random.chance(0.5), people.count > 1 {
                let other = people[random.below(people.count)]
                guard other.id != contact.id else { continue }
                contact.knows.append(
                    Acquaintance(
                        "\(other.name), \(random.pick(terms.solvers))", recorded: recorded,
                        contactID: other.id))
            } else {
                let who = random.pick(SyntheticVocabulary.firstNames) + " " + random.pick(SyntheticVocabulary.lastNames)
                contact.knows.append(
                    Acquaintance(
                        "\(who), \(random.pick(SyntheticVocabulary.acquaintanceRoles))",
                        recorded: recorded))
            }
        }
        var days = [0]
        for _ in 0..<(1 + random.below(6)) { days.append(random.below(max(1, span))) }
        days.sort()
        for (i, offset) in days.enumerated() {
            let kind: InteractionKind = i == 0 ? .met : random.pick(kinds)
            let note = random.chance(0.5) ? random.pick(SyntheticVocabulary.contexts) : nil
            contact.interactions.append(Interaction(date: contact.added.adding(days: offset), kind: kind, note: note))
        }
        if random.chance(0.3) {
            let promise = Promise(
                random.pick(SyntheticVocabulary.promisePhrases),
                recorded: contact.added.adding(days: random.below(span)))
            contact.promises.append(promise)
            if random.chance(0.5) { contact.promises[0].kept = promise.recorded.adding(days: 1 + random.below(10)) }
        }
        for _ in 0..<random.below(3) {
            contact.notes.append(
                DatedText(
                    random.pick(SyntheticVocabulary.notePhrases),
                    recorded: contact.added.adding(days: random.below(span))))
        }
        if random.chance(0.3) {
            contact.birthday =
                String(1950 + random.below(55)) + "-" + twoDigits(1 + random.below(12))
                + "-" + twoDigits(1 + random.below(28))
        }
        if random.chance(0.1) { contact.tier = random.pick(["close", "regular", "acquaintance"]) }
    }

    private static func hexID(_ value: UInt64) -> ContactID {
        let hex = String(UInt32(truncatingIfNeeded: value), radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func emailAddress(_ name: String, _ index: Int) -> String {
        let local = name.lowercased().unicodeScalars.filter { $0.isASCII && ($0 == " " || $0.properties.isAlphabetic) }
        return String(String.UnicodeScalarView(local)).replacingOccurrences(of: " ", with: ".") + "\(index)@example.com"
    }
}
