import Foundation

/// A suggested action as a task (RFC 5545 VTODO, one calendar per file), as todoman, khal and
/// every CalDAV client read them: UID from the action's key (kith's ids travel with the cards, so
/// every device writes the same UID), DUE, PRIORITY (1 highest … 9 lowest, from kith's priority),
/// SUMMARY the action, DESCRIPTION why it is suggested.
enum TaskCard {
    static let productID = "-//kith//kith tasks//EN"

    /// The UID of the task for the action with `key`.
    static func uid(forKey key: String) -> String {
        "kith-action-" + ActionID.make(key, length: 13) + "@kith"
    }

    /// RFC 5545's PRIORITY for kith's priority (100 and above: 1; 0 and below: 9).
    static func priority(_ kith: Int) -> Int {
        1 + (100 - min(100, max(0, kith))) * 8 / 100
    }

    static func text(for action: SuggestedAction, due: Day) -> String {
        var out = ContentLineBuffer()
        let date = ICalendarWriter.dateValue(due)
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + productID, "BEGIN:VTODO"] { out.line(line) }
        out.line("UID:", escaping: uid(forKey: action.key))
        out.line("DTSTAMP:" + date + "T000000Z")
        out.line("DUE;VALUE=DATE:" + date)
        out.line("STATUS:NEEDS-ACTION")
        out.line("PRIORITY:\(priority(action.priority))")
        out.line("SUMMARY:", escaping: action.text)
        if !action.why.isEmpty { out.line("DESCRIPTION:", escaping: action.why) }
        out.line("X-KITH-ACTION:", escaping: action.key)
        for line in ["END:VTODO", "END:VCALENDAR"] { out.line(line) }
        return out.text
    }

    /// What sync reads back from a task file.
    struct Read: Equatable {
        var uid: String
        var completed: Bool
    }

    /// The task's UID and whether it is completed (STATUS:COMPLETED, or a COMPLETED date), or
    /// nil when the file holds no VTODO with a UID.
    static func read(_ data: Data) -> Read? {
        let text = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n ", with: "").replacingOccurrences(of: "\n\t", with: "")
        var inside = false
        var uid: String?
        var completed = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].split(separator: ";").first.map { $0.uppercased() } ?? ""
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch name {
            case "BEGIN" where value.uppercased() == "VTODO": inside = true
            case "END" where value.uppercased() == "VTODO": inside = false
            case "UID" where inside: uid = ContentTextEscaping.unescape(Substring(value))
            case "STATUS" where inside: completed = completed || value.uppercased() == "COMPLETED"
            case "COMPLETED" where inside: completed = true
            default: break
            }
        }
        return uid.map { Read(uid: $0, completed: completed) }
    }
}
