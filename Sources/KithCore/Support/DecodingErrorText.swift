/// Turns a `DecodingError` into a sentence that names the field, e.g.
/// `contacts[3].added: '2026-13-01' is not a date in the form YYYY-MM-DD`.
package enum DecodingErrorText {
    package static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .typeMismatch(let type, let context):
            return at(context.codingPath) + "expected \(name(of: type))"
        case .valueNotFound(let type, let context):
            return at(context.codingPath) + "expected \(name(of: type)) but found null"
        case .keyNotFound(let key, let context):
            return at(context.codingPath) + "the field '\(key.stringValue)' is missing"
        case .dataCorrupted(let context):
            return at(context.codingPath) + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    /// A coding path as `contacts[3].name`.
    package static func path(_ codingPath: [CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    private static func at(_ codingPath: [CodingKey]) -> String {
        codingPath.isEmpty ? "" : path(codingPath) + ": "
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list"
        default:
            let text = "\(type)"
            if text.hasPrefix("Array") { return "a list" }
            if text.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(text)"
        }
    }
}
