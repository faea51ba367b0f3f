import Foundation
import PropertyBased

@testable import KithCore

/// Random stores for the schema's round-trip tests: every field of every record set or left out at
/// random, texts from all over Unicode (control characters, quotes, combining marks, emoji, line
/// separators), empty lists, the first and last days kith stores, and, when asked, fields a newer
/// kith wrote at every level.
struct RandomStore {
    /// The property checker's generator, as a concrete type the standard library's `random` accepts.
    struct Source: RandomNumberGenerator {
        var base: any SeededRandomNumberGenerator
        mutating func next() -> UInt64 { base.next() }
    }

    var rng: Source
    /// Whether records get fields a newer kith wrote.
    let unknown: Bool

    /// Stores with fields a newer kith wrote at every level.
    static let networks = generator(unknown: true)
    /// Stores in the plain shape: no fields from a newer kith anywhere.
    static let plainNetworks = generator(unknown: false)

    private static func generator(unknown: Bool) -> Generator<Network, Shrink.None<Network>> {
        Generator { rng in
            var store = RandomStore(rng: Source(base: rng), unknown: unknown)
            let network = store.network()
            rng = store.rng.base
            return network
        }
    }

    mutating func network() -> Network {
        var network = Network(contacts: list(0...6) { $0.contact() })
        network.schemaVersion = Int.random(in: 1...VersionedDocument.store.newestVersion, using: &rng)
        network.me = Me(name: maybe { $0.text() }, needs: list { $0.need() }, offers: list { $0.datedText() })
        network.me.unknownFields = unknownFields(MeField.self)
        network.introductions = list { $0.introduction() }
        network.actionLog = list { $0.logEntry() }
        network.settings = settings()
        network.unknownFields = unknownFields(NetworkField.self)
        return network
    }

    mutating func contact() -> Contact {
        var c = Contact(id: text(), name: text(), added: day())
        c.emails = list { $0.text() }
        c.phones = list { $0.text() }
        c.links = list { $0.text() }
        c.company = maybe { $0.text() }
        c.role = maybe { $0.text() }
        c.tags = list { $0.text() }
        c.needs = list { $0.need() }
        c.offers = list { $0.datedText() }
        c.knows = list { $0.acquaintance() }
        c.promises = list { $0.promise() }
        c.notes = list { $0.datedText() }
        c.interactions = list { $0.interaction() }
        c.birthday = maybe { $0.text() }
        c.tier = maybe { $0.text() }
        c.vcardExtras = list { $0.text() }
        c.uid = maybe { $0.text() }
        c.connectedOn = maybe { $0.day() }
        c.vcardFields = list { $0.text() }
        c.unknownFields = unknownFields(ContactField.self)
        return c
    }

    mutating func need() -> Need {
        var item = Need(text(), recorded: day(), solved: maybe { $0.day() }, solvedBy: maybe { $0.text() })
        item.unknownFields = unknownFields(NeedField.self)
        return item
    }

    mutating func datedText() -> DatedText {
        var item = DatedText(text(), recorded: day())
        item.unknownFields = unknownFields(DatedTextField.self)
        return item
    }

    mutating func acquaintance() -> Acquaintance {
        var item = Acquaintance(text(), recorded: day(), contactID: maybe { $0.text() })
        item.unknownFields = unknownFields(AcquaintanceField.self)
        return item
    }

    mutating func promise() -> Promise {
        var item = Promise(text(), recorded: day(), kept: maybe { $0.day() })
        item.unknownFields = unknownFields(PromiseField.self)
        return item
    }

    mutating func interaction() -> Interaction {
        var item = Interaction(date: day(), kind: InteractionKind(text()), note: maybe { $0.text() })
        item.unknownFields = unknownFields(InteractionField.self)
        return item
    }

    mutating func introduction() -> Introduction {
        var item = Introduction(first: text(), second: text(), why: text(), suggested: day())
        item.askedFirst = maybe { $0.day() }
        item.askedSecond = maybe { $0.day() }
        item.made = maybe { $0.day() }
        item.followedUp = maybe { $0.day() }
        item.outcome = maybe { $0.text() }
        item.unknownFields = unknownFields(IntroductionField.self)
        return item
    }

    mutating func logEntry() -> ActionLogEntry {
        let state = [ActionLogEntry.State.done, .snoozed, .dismissed].randomElement(using: &rng) ?? .done
        var item = ActionLogEntry(
            id: text(), key: text(), ruleID: text(), state: state, on: day(), until: maybe { $0.day() },
            note: maybe { $0.text() })
        item.unknownFields = unknownFields(ActionLogField.self)
        return item
    }

    mutating func settings() -> NetworkSettings {
        var settings = NetworkSettings()
        settings.introductionStyle = Bool.random(using: &rng) ? .bothWays : .doubleOptIn
        for _ in 0..<Int.random(in: 0...2, using: &rng) {
            let ideal = Int.random(in: 1...400, using: &rng)
            settings.cadenceTiers[text()] = CadenceTier(idealDays: ideal, maximumDays: ideal + 10)
        }
        for _ in 0..<Int.random(in: 0...2, using: &rng) { settings.tagTiers[text()] = text() }
        settings.defaultTier = maybe { $0.text() }
        settings.unknownFields = unknownFields(SettingsField.self)
        return settings
    }

    /// A day: often the first or last one kith stores, or the 29th of February; else any.
    mutating func day() -> Day {
        let edges = [(1, 1, 1), (9999, 12, 31), (2024, 2, 29), (2000, 2, 29), (1970, 1, 1)]
        if Int.random(in: 0..<3, using: &rng) == 0, let (y, m, d) = edges.randomElement(using: &rng) {
            return Day(year: y, month: m, day: d) ?? Day(dayNumber: 0)
        }
        let year = Int.random(in: 1...9999, using: &rng)
        let month = Int.random(in: 1...12, using: &rng)
        return Day(year: year, month: month, day: Int.random(in: 1...28, using: &rng)) ?? Day(dayNumber: 0)
    }

    /// Text from all over Unicode, often empty.
    mutating func text() -> String {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x20...0x7E, 0x00...0x1F, 0x7F...0x9F, 0xA0...0x24F, 0x300...0x36F, 0x590...0x6FF,
            0x2028...0x2029, 0x4E00...0x4FFF, 0xFFF0...0xFFFD, 0x1F300...0x1F6FF, 0x10000...0x10FFFF,
        ]
        let specials: [Unicode.Scalar] = ["\"", "\\", "/", "\u{200D}", "\u{FEFF}"]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            if Int.random(in: 0..<6, using: &rng) == 0, let special = specials.randomElement(using: &rng) {
                scalars.append(special)
            } else if let range = ranges.randomElement(using: &rng),
                let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng))
            {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Fields a newer kith might write in a record whose own fields are `Field`'s.
    mutating func unknownFields<Field: StoredField>(_: Field.Type) -> [String: JSONValue] {
        guard unknown, Bool.random(using: &rng) else { return [:] }
        var fields: [String: JSONValue] = [:]
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            // Any text, or a near miss of a known name.
            let known = Field.allCases.randomElement(using: &rng)?.rawValue ?? ""
            let name = Bool.random(using: &rng) ? text() : known + "2"
            guard Field(rawValue: name) == nil else { continue }
            fields[name] = json(depth: 2)
        }
        return fields
    }

    /// Any JSON value, nested up to `depth` levels.
    mutating func json(depth: Int) -> JSONValue {
        switch Int.random(in: 0..<(depth > 0 ? 7 : 5), using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .number(Double(Int.random(in: -1_000_000...1_000_000, using: &rng)))
        case 3: return .number(Double(Int.random(in: -10_000...10_000, using: &rng)) / 8)
        case 4: return .string(text())
        case 5: return .array(list { $0.json(depth: depth - 1) })
        default:
            var object: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...3, using: &rng) { object[text()] = json(depth: depth - 1) }
            return .object(object)
        }
    }

    mutating func maybe<T>(_ make: (inout Self) -> T) -> T? {
        Bool.random(using: &rng) ? make(&self) : nil
    }

    mutating func list<T>(_ count: ClosedRange<Int> = 0...3, _ make: (inout Self) -> T) -> [T] {
        (0..<Int.random(in: count, using: &rng)).map { _ in make(&self) }
    }
}
