import Foundation

/// Builds the demo network shipped in `data/demo.json`.
///
/// The file lists people as debrief records whose dates are given as `daysAgo` (so the demo
/// stays current whatever today is), each with an optional `history` of earlier interactions
/// (`{"daysAgo": 40, "kind": "meal", "note": "…"}`).
package enum DemoNetwork {
    /// The demo file is broken.
    package struct DemoError: Error, CustomStringConvertible {
        package let path: String
        package let reason: String
        package var description: String { "the demo network \(path) is broken: \(reason)" }
    }

    /// `ids` makes the contact ids (random by default; a fixed sequence gives a repeatable network).
    package static func build(from url: URL, today: Day, ids: ContactIDGenerator = ContactIDGenerator()) throws
        -> Network
    {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DemoError(path: url.path, reason: "the file is missing")
        }
        guard case .object(let root)? = try? JSONDecoder().decode(JSONValue.self, from: data),
            case .array(let people)? = root["people"]
        else {
            let problem = JSONSyntaxLocator.firstProblem(in: data).map { "invalid JSON at \($0)" }
            throw DemoError(path: url.path, reason: problem ?? "expected {\"people\": [...]}")
        }
        var network = Network()
        var ids = ids
        for (index, person) in people.enumerated() {
            guard case .object(var fields) = person else {
                throw DemoError(path: url.path, reason: "person \(index + 1) is not an object")
            }
            let daysAgo = number(fields.removeValue(forKey: "daysAgo")) ?? 0
            let history = fields.removeValue(forKey: "history")
            let tier = fields.removeValue(forKey: "tier")
            var record: DebriefRecord
            do {
                record = try DebriefRecordParser.record(from: .object(fields))
            } catch {
                throw DemoError(path: url.path, reason: "person \(index + 1): \(error)")
            }
            record.met = today.adding(days: -daysAgo)
            let outcome = network.apply(record, to: nil, today: today, ids: &ids)
            guard let at = network.index(of: outcome.contactID) else { continue }
            if case .string(let value)? = tier { network.contacts[at].tier = value }
            if case .array(let items)? = history {
                for item in items {
                    guard case .object(let entry) = item, let ago = number(entry["daysAgo"]),
                        case .string(let kind)? = entry["kind"]
                    else {
                        throw DemoError(
                            path: url.path, reason: "person \(index + 1): a history entry needs daysAgo and kind")
                    }
                    var note: String?
                    if case .string(let text)? = entry["note"] { note = text }
                    network.contacts[at].interactions.append(
                        Interaction(date: today.adding(days: -ago), kind: InteractionKind(rawValue: kind), note: note))
                }
                network.contacts[at].interactions.sort { $0.date < $1.date }
                if let first = network.contacts[at].interactions.first?.date, first < network.contacts[at].added {
                    network.contacts[at].added = first
                }
            }
        }
        network.linkAcquaintances()
        return network
    }

    private static func number(_ value: JSONValue?) -> Int? {
        if case .number(let n)? = value { return Int(n) }
        return nil
    }
}
