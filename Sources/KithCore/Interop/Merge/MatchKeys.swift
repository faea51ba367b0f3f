import Foundation

/// The forms in which e-mails, links, phones and texts are compared when merging an import.
enum MatchKeys {
    /// E-mails compare without case.
    static func email(_ email: String) -> String {
        email.trimmedSpace.lowercased()
    }

    /// Links compare without scheme, `www.`, fragment or trailing slashes, and without case;
    /// LinkedIn profile links also without their query (tracking parameters).
    static func link(_ link: String) -> String {
        var text = link.trimmedSpace.lowercased()
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) {
            text.removeFirst(scheme.count)
        }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        if text.hasPrefix("linkedin.com/"), let query = text.firstIndex(of: "?") {
            text = String(text[..<query])
        }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// Phones compare by their digits and a leading `+` ("+1 (555) 010-0200" = "+1 555 010 0200",
    /// but not "1 555 010 0200": no country code is guessed).
    static func phone(_ phone: String) -> String {
        let trimmed = phone.trimmedSpace
        let digits = trimmed.filter(\.isASCII).filter(\.isNumber)
        guard !digits.isEmpty else { return TextFolding.fold(phone) }
        return (trimmed.hasPrefix("+") ? "+" : "") + digits
    }

    /// Free text (names, needs, notes) compares folded.
    static func text(_ text: String) -> String {
        TextFolding.fold(text)
    }
}
