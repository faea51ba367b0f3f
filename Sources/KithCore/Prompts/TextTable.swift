/// The texts of one part of the interface, named by an enum that knows each text's English
/// wording; a prompts file may word any of them (`<prefix>.<name>` keys) in its language.
protocol InterfaceText: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// The prefix of the keys in a prompts file (`export`, `match`).
    static var keyPrefix: String { get }
    var english: String { get }
}

extension InterfaceText {
    /// The key in a prompts file.
    package var key: String { "\(Self.keyPrefix).\(rawValue)" }
}

/// Every text of an `InterfaceText` enum, from a lookup (a prompts file), English where it has
/// none; `{placeholder}`s are filled when a text is asked for.
struct TextTable<Name: InterfaceText>: Hashable, Sendable {
    private let texts: [Name: TextTemplate]

    init(_ lookup: (String) -> String?) {
        var texts: [Name: TextTemplate] = [:]
        for name in Name.allCases { texts[name] = TextTemplate(lookup(name.key) ?? name.english) }
        self.texts = texts
    }

    func text(_ name: Name, _ values: [String: String] = [:]) -> String {
        (texts[name] ?? TextTemplate(name.english)).fill(values)
    }
}
