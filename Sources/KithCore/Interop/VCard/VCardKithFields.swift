import Foundation

/// kith's own fields in a vCard, as `X-KITH-*` properties beside the readable NOTE, so that
/// kith → vCard → kith loses nothing: `X-KITH-ID`, `X-KITH-ADDED`, `X-KITH-TIER`,
/// `X-KITH-CONNECTED`, one `X-KITH-NEED`, `-OFFER`, `-KNOWS`, `-PROMISE`, `-NOTE` or
/// `-INTERACTION` per item (its JSON), and `X-KITH-FIELDS` (the kept vCard lines, as JSON).
/// Other apps ignore them and show the NOTE.
package struct VCardKithFields: Hashable, Sendable {
    package var id: ContactID?
    package var added: Day?
    package var tier: String?
    package var connected: Day?
    package var needs: [Need] = []
    package var offers: [DatedText] = []
    package var knows: [Acquaintance] = []
    package var promises: [Promise] = []
    package var notes: [DatedText] = []
    package var interactions: [Interaction] = []
    package var vcardFields: [String] = []

    package init() {}

    /// The `X-KITH-*` content lines for `contact`.
    static func lines(for contact: Contact) -> [String] {
        var lines = ["X-KITH-ID:" + ContentTextEscaping.escape(contact.id), "X-KITH-ADDED:\(contact.added)"]
        if let tier = contact.tier { lines.append("X-KITH-TIER:" + ContentTextEscaping.escape(tier)) }
        if let connected = contact.connectedOn { lines.append("X-KITH-CONNECTED:\(connected)") }
        func items<T: Encodable>(_ name: String, _ list: [T]) {
            lines += list.compactMap { json($0).map { "X-KITH-\(name):" + ContentTextEscaping.escape($0) } }
        }
        items("NEED", contact.needs)
        items("OFFER", contact.offers)
        items("KNOWS", contact.knows)
        items("PROMISE", contact.promises)
        items("NOTE", contact.notes)
        items("INTERACTION", contact.interactions)
        if !contact.vcardFields.isEmpty, let fields = json(contact.vcardFields) {
            lines.append("X-KITH-FIELDS:" + ContentTextEscaping.escape(fields))
        }
        return lines
    }

    /// Reads one `X-KITH-*` property into `fields`; false when it is not one kith knows.
    static func read(_ name: String, _ text: String, into fields: inout VCardKithFields?) -> Bool {
        guard name.hasPrefix("X-KITH-") else { return false }
        var kith = fields ?? VCardKithFields()
        func item<T: Decodable>(_ type: T.Type) -> T? {
            try? JSONDecoder().decode(T.self, from: Data(text.utf8))
        }
        switch name.dropFirst(7) {
        case "ID": kith.id = text
        case "ADDED": kith.added = Day(text)
        case "TIER": kith.tier = text
        case "CONNECTED":
            guard let day = Day(text) else { return false }
            kith.connected = day
        case "NEED":
            guard let value = item(Need.self) else { return false }
            kith.needs.append(value)
        case "OFFER":
            guard let value = item(DatedText.self) else { return false }
            kith.offers.append(value)
        case "KNOWS":
            guard let value = item(Acquaintance.self) else { return false }
            kith.knows.append(value)
        case "PROMISE":
            guard let value = item(Promise.self) else { return false }
            kith.promises.append(value)
        case "NOTE":
            guard let value = item(DatedText.self) else { return false }
            kith.notes.append(value)
        case "INTERACTION":
            guard let value = item(Interaction.self) else { return false }
            kith.interactions.append(value)
        case "FIELDS":
            guard let value = item([String].self) else { return false }
            kith.vcardFields = value
        default: return false
        }
        fields = kith
        return true
    }

    private static func json<T: Encodable>(_ value: T) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
}
