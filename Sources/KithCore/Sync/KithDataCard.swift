import Foundation

/// kith's own card in the contacts vdir: what is not a contact but must reach every device —
/// `me`, the introductions and the action log (done, snoozed, dismissed) — as JSON in one
/// `X-KITH-DATA` property of a card of `KIND:application`, so that a second device never suggests
/// again what the first one did.
///
/// Both sides are united: action-log entries by key (the later one wins), introductions by the
/// two people and the reason (steps filled from either side), `me`'s needs and offers by text.
/// What one device removed may therefore come back from another.
struct KithDataCard {
    static let uid = "kith-data@kith"
    static let fileName = "kith-data.vcf"

    /// The shared part of a network.
    struct Shared: Codable, Equatable {
        var me: Me
        var introductions: [Introduction]
        var actionLog: [ActionLogEntry]

        init(_ network: Network) {
            me = network.me
            introductions = network.introductions
            actionLog = network.actionLog
        }
    }

    /// The card for `network`'s shared part.
    static func card(for network: Network) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(Shared(network))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return ContentLineFolding.document([
            "BEGIN:VCARD", "VERSION:4.0", "PRODID:-//kith//kith//EN", "UID:" + uid, "KIND:application", "FN:kith",
            "X-KITH-DATA:" + ContentTextEscaping.escape(json), "END:VCARD",
        ])
    }

    /// The shared part a card carries, or nil when it has none that reads.
    static func shared(in card: ImportedContact) -> Shared? {
        guard let line = card.vcardExtras.first(where: { VCardFieldLines.name(of: $0) == "X-KITH-DATA" }) else {
            return nil
        }
        let json = ContentTextEscaping.unescape(VCardFieldLines.value(of: line))
        return try? JSONDecoder().decode(Shared.self, from: Data(json.utf8))
    }

    /// Unites `theirs` into `network`; returns the parts that changed (`me`, `introductions`,
    /// `actionLog`).
    static func unite(_ theirs: Shared, into network: inout Network) -> [String] {
        let before = Shared(network)
        var log = Dictionary(network.actionLog.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { _, b in b })
        for entry in theirs.actionLog {
            if let at = log[entry.key] {
                if entry.on > network.actionLog[at].on { network.actionLog[at] = entry }
            } else {
                log[entry.key] = network.actionLog.count
                network.actionLog.append(entry)
            }
        }
        for intro in theirs.introductions {
            guard
                let at = network.introductions.firstIndex(where: {
                    $0.connects(intro.first, intro.second) && $0.why == intro.why
                })
            else {
                network.introductions.append(intro)
                continue
            }
            var mine = network.introductions[at]
            mine.askedFirst = mine.askedFirst ?? intro.askedFirst
            mine.askedSecond = mine.askedSecond ?? intro.askedSecond
            mine.made = mine.made ?? intro.made
            mine.followedUp = mine.followedUp ?? intro.followedUp
            mine.outcome = mine.outcome ?? intro.outcome
            network.introductions[at] = mine
        }
        if network.me.name == nil { network.me.name = theirs.me.name }
        for need in theirs.me.needs {
            if let at = network.me.needs.firstIndex(where: { MatchKeys.text($0.text) == MatchKeys.text(need.text) }) {
                if network.me.needs[at].solved == nil { network.me.needs[at].solved = need.solved }
            } else {
                network.me.needs.append(need)
            }
        }
        for offer in theirs.me.offers
        where !network.me.offers.contains(where: { MatchKeys.text($0.text) == MatchKeys.text(offer.text) }) {
            network.me.offers.append(offer)
        }
        let after = Shared(network)
        var changed: [String] = []
        if after.me != before.me { changed.append("me") }
        if after.introductions != before.introductions { changed.append("introductions") }
        if after.actionLog != before.actionLog { changed.append("actionLog") }
        return changed
    }
}
