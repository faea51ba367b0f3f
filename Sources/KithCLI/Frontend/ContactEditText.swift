import Foundation
import KithCore

/// The text of a contact being edited: readable JSON out, a checked `Contact` back in, and the
/// error line shown at the top of the file when what was saved cannot be used.
enum ContactEditText {
    /// The field that carries the error message at the top of a re-opened file.
    static let errorField = "_error"

    /// Pretty JSON with the fields in the contact's usual order (id and name first, fields this
    /// kith does not know last) and a final line break.
    static func text(of contact: Contact) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard case .object(let fields) = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(contact)) else {
            return String(decoding: try encoder.encode(contact), as: UTF8.self) + "\n"
        }
        let order = Contact.fieldOrder
        let keys = order.filter { fields[$0] != nil } + fields.keys.filter { !order.contains($0) }.sorted()
        let lines = try keys.map { key -> String in
            let value = compactEmpty(String(decoding: try encoder.encode(fields[key] ?? .null), as: UTF8.self))
            let name = String(decoding: try encoder.encode(key), as: UTF8.self)
            return "  \(name) : " + value.replacingOccurrences(of: "\n", with: "\n  ")
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    /// `[]` and `{}` for empty lists and objects, which the encoder spreads over lines. A line
    /// break never occurs inside an encoded string, so only structure is touched.
    static func compactEmpty(_ json: String) -> String {
        json.replacingOccurrences(of: #"\[\n\s*\]"#, with: "[]", options: .regularExpression)
            .replacingOccurrences(of: #"\{\n\s*\}"#, with: "{}", options: .regularExpression)
    }

    /// The contact in `text`, or a message saying what is wrong and where.
    static func contact(from text: String, expectedID: ContactID) -> Result<Contact, EditProblem> {
        let data = Data(text.utf8)
        if let syntax = JSONSyntaxLocator.firstProblem(in: data) {
            return .failure(EditProblem("invalid JSON at \(syntax)"))
        }
        guard case .object(var fields)? = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            return .failure(EditProblem("the file must hold one JSON object, { … }, with the contact's fields"))
        }
        fields[errorField] = nil
        let contact: Contact
        do {
            contact = try JSONDecoder().decode(Contact.self, from: JSONEncoder().encode(JSONValue.object(fields)))
        } catch {
            return .failure(EditProblem(DecodingErrorText.describe(error)))
        }
        if contact.id != expectedID {
            return .failure(EditProblem("id: the id must stay '\(expectedID)' (found '\(contact.id)')"))
        }
        if TextFolding.tidy(contact.name).isEmpty {
            return .failure(EditProblem("name: the name must not be empty"))
        }
        return .success(contact)
    }

    /// `text` with an `"_error": message` field put on the line of its opening brace, so no
    /// other line moves. Text that does not start with `{` is returned unchanged.
    static func withError(_ message: String, in text: String) -> String {
        guard let brace = text.firstIndex(where: { !$0.isWhitespace }), text[brace] == "{" else { return text }
        let afterBrace = text.index(after: brace)
        let closesAtOnce = text[afterBrace...].first(where: { !$0.isWhitespace }) == "}"
        return String(text[...brace]) + header(message) + (closesAtOnce ? "" : ",") + String(text[afterBrace...])
    }

    /// `text` without the error field `withError` added, when it is still there unchanged.
    static func withoutError(_ message: String, in text: String) -> String {
        let marker = header(message)
        guard let range = text.range(of: marker) else { return text }
        var end = range.upperBound
        if end < text.endIndex, text[end] == "," { end = text.index(after: end) }
        return String(text[..<range.lowerBound]) + String(text[end...])
    }

    private static func header(_ message: String) -> String {
        let quoted = (try? JSONEncoder().encode(message)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        return " \"\(errorField)\": " + quoted.replacingOccurrences(of: "\\/", with: "/")
    }
}

/// Why an edited contact cannot be saved.
struct EditProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
