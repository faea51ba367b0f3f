/// How the built-in tier names read in action texts (`{tier}`): the prompts' `tier.close`,
/// `tier.regular` and `tier.acquaintance`. A tier the user named passes through as written.
package struct TierWording: Hashable, Sendable {
    private let names: [String: String]

    /// Names from `lookup` (a prompts file); a built-in tier it has no text for keeps its name.
    public init(_ lookup: (String) -> String?) {
        var names: [String: String] = [:]
        for name in CadenceTier.defaults.keys {
            if let text = lookup("tier.\(name)") { names[name] = text }
        }
        self.names = names
    }

    public static let english = TierWording { _ in nil }

    /// The tier's name in this wording.
    func name(_ tier: String) -> String { names[tier] ?? tier }
}
