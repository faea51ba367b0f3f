import Foundation

/// The command line of kith-eval.
struct EvalOptions {
    var verbose = false
    var json = false
    var check = false

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    static let usage = """
        usage: kith-eval [--verbose] [--json] [--check]
          --verbose  list each failure with what came first instead
          --json     print the figures as JSON
          --check    exit 1 when a goal is not met
        The package root (with eval/ and data/) is found from the source path, or from KITH_SHARE.
        """

    init<Arguments: Collection>(_ arguments: Arguments) throws where Arguments.Element == String {
        for argument in arguments {
            switch argument {
            case "--verbose", "-v": verbose = true
            case "--json": json = true
            case "--check": check = true
            case "-h", "--help":
                print(Self.usage)
                exit(0)
            default:
                throw UsageError(description: "unknown argument '\(argument)'\n\(Self.usage)")
            }
        }
    }

    /// The package root: `KITH_SHARE` when set, else two folders above this file.
    static func packageRoot() -> URL {
        if let explicit = ProcessInfo.processInfo.environment["KITH_SHARE"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        // Sources/kith-eval/EvalOptions.swift → the package root.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}
