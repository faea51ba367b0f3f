/// Why the configuration file could not be read, used or changed: what, in which file, on
/// which line (1-based, when known) and under which key (dotted, as written in the file).
///
/// Carries data only; the command line words it in the user's language.
package struct ConfigurationError: Error, Hashable, Sendable {
    /// What is wrong.
    package enum Problem: Hashable, Sendable {
        /// The file exists but cannot be read (`reason` is the system's).
        case unreadable(reason: String)
        /// The file is not UTF-8 text.
        case notText
        /// The file is not valid TOML (`detail` is the TOML parser's).
        case syntax(detail: String)
        /// The file was written for a newer kith.
        case newerVersion(found: Int, supported: Int)
        /// A key this version of kith does not know (a typo, or a newer kith's).
        case unknownKey
        /// A value of the wrong TOML type.
        case wrongType(expected: ConfigurationValueKind, found: ConfigurationValueKind)
        /// A value that is not one of the allowed ones.
        case notAllowed(value: String, allowed: [String])
        /// A number outside its range.
        case outOfRange(value: Int, minimum: Int, maximum: Int)
        /// A tier's `maximum` is shorter than its `ideal`.
        case maximumBelowIdeal(ideal: Int, maximum: Int)
        /// A required key is missing from its table.
        case missingKey
        /// The file cannot be written (`reason` is the system's); it was left as it was.
        case notWritable(reason: String)
        /// kith cannot make this change without rewriting the user's own layout of the file
        /// (the key sits in an inline table, say); the file was left as it was.
        case cannotEdit
    }

    package let path: String
    package let line: Int?
    package let key: String?
    package let problem: Problem

    package init(path: String, line: Int? = nil, key: String? = nil, problem: Problem) {
        self.path = path
        self.line = line
        self.key = key
        self.problem = problem
    }
}

/// The kinds of TOML values, as configuration errors name them.
package enum ConfigurationValueKind: String, Hashable, Sendable {
    case string, integer, float, boolean, dateTime, array, table
    case stringArray
}
