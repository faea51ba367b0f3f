import KithCore

/// A configuration file's problem in the user's language: the file and line first, then the
/// key and what is wrong with it.
enum ConfigurationErrorText {
    static func message(_ error: ConfigurationError, _ prompts: PromptBook) -> String {
        let place = error.line.map { "\(error.path):\($0)" } ?? error.path
        var values = ["place": place, "key": error.key ?? ""]
        let key: String
        switch error.problem {
        case .unreadable(let reason):
            key = "unreadable"
            values["reason"] = reason
        case .notText: key = "notText"
        case .syntax(let detail):
            key = "syntax"
            values["detail"] = detail
        case .newerVersion(let found, let supported):
            key = "newerVersion"
            values["found"] = "\(found)"
            values["supported"] = "\(supported)"
        case .unknownKey: key = "unknownKey"
        case .wrongType(let expected, let found):
            key = "wrongType"
            values["expected"] = kind(expected, prompts)
            values["found"] = kind(found, prompts)
        case .notAllowed(let value, let allowed):
            key = allowed.isEmpty ? "empty" : "notAllowed"
            values["value"] = value
            values["allowed"] = allowed.joined(separator: ", ")
        case .outOfRange(let value, let minimum, let maximum):
            key = "outOfRange"
            values["value"] = "\(value)"
            values["minimum"] = "\(minimum)"
            values["maximum"] = maximum == .max ? "∞" : "\(maximum)"
        case .maximumBelowIdeal(let ideal, let maximum):
            key = "maximumBelowIdeal"
            values["ideal"] = "\(ideal)"
            values["maximum"] = "\(maximum)"
        case .missingKey: key = "missingKey"
        case .notWritable(let reason):
            key = "notWritable"
            values["reason"] = reason
        case .cannotEdit: key = "cannotEdit"
        }
        return SafeQuote.message(prompts.text("config.error.\(key)", values))
    }

    /// A kind of TOML value, as the messages name it ("a string", "una cadena").
    static func kind(_ kind: ConfigurationValueKind, _ prompts: PromptBook) -> String {
        prompts.text("config.kind.\(kind.rawValue)")
    }
}
