import KithCore

/// How suggested actions look on the terminal and in `--json` output.
enum ActionLines {
    /// `[k3x9ab] Introduce Luis and Marta: …`
    static func line(_ action: SuggestedAction, style: TextStyle = .plain) -> String {
        style.handle("[\(action.id)]") + " \(action.text)"
    }

    /// The `--json` object of one action.
    static func json(_ action: SuggestedAction) -> JSONValue {
        var fields: [String: JSONValue] = [
            "id": .string(action.id),
            "rule": .string(action.ruleID),
            "text": .string(action.text),
            "contacts": .array(action.contactNames.map(JSONValue.string)),
            "contactIDs": .array(action.contactIDs.map(JSONValue.string)),
            "item": action.item.map(JSONValue.string) ?? .null,
            "why": .string(action.why),
            "priority": .number(Double(action.priority)),
        ]
        if let confidence = action.confidence {
            fields["confidence"] = .number(confidence)
            fields["score"] = .number(confidence)
            fields["concepts"] = .array(action.concepts.map(JSONValue.string))
        }
        return .object(fields)
    }

    /// Why a hidden action does not show today, or nil when it does.
    static func hiddenReason(_ status: ActionStatus) -> String? {
        switch status {
        case .open: return nil
        case .done(let on, let until): return "done on \(on); hidden until \(until)"
        case .snoozed(let until): return "snoozed until \(until)"
        case .dismissed(let on, let until): return "dismissed on \(on); hidden until \(until)"
        }
    }
}
