import Foundation

/// The command line of kith-bench.
struct BenchOptions {
    var sizes = [1_000, 10_000, 100_000]
    var runs = 5
    var keep = false
    /// Only the import table (`--import-only`).
    var importOnly = false

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    static let usage = "usage: kith-bench [--sizes 1000,10000,100000] [--runs N] [--quick] [--keep] [--import-only]"

    init<Arguments: Collection>(_ arguments: Arguments) throws where Arguments.Element == String {
        var rest = Array(arguments)[...]
        var quick = false
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": quick = true
            case "--keep": keep = true
            case "--import-only": importOnly = true
            case "--sizes":
                guard let list = rest.popFirst() else {
                    throw UsageError(description: "--sizes needs a list, e.g. 1000,10000")
                }
                let parsed = list.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !parsed.isEmpty, parsed.allSatisfy({ ($0 ?? 0) > 0 }) else {
                    throw UsageError(description: "--sizes '\(list)': give positive whole numbers separated by commas")
                }
                sizes = parsed.compactMap { $0 }
            case "--runs":
                guard let text = rest.popFirst(), let n = Int(text), n > 0 else {
                    throw UsageError(description: "--runs needs a whole number of at least 1")
                }
                runs = n
            case "-h", "--help":
                print(Self.usage)
                exit(0)
            default:
                throw UsageError(description: "unknown argument '\(argument)'\n\(Self.usage)")
            }
        }
        if quick {
            sizes = [1_000]
            runs = 1
        }
    }
}

extension BenchTools {
    /// Finds `kith` next to this binary, `jq` on the PATH, and the package root.
    static func locate() throws -> BenchTools {
        let own = Self.ownPath()
        let folder = (own as NSString).deletingLastPathComponent
        let kith = folder + "/kith"
        guard access(kith, X_OK) == 0 else {
            throw BenchOptions.UsageError(
                description: "cannot find the kith binary at \(kith); build it first (swift build -c release)")
        }
        let env = ProcessInfo.processInfo.environment
        var jq: String?
        for dir in (env["PATH"] ?? "").split(separator: ":") where access("\(dir)/jq", X_OK) == 0 {
            jq = "\(dir)/jq"
            break
        }
        let share: URL
        if let explicit = env["KITH_SHARE"], !explicit.isEmpty {
            share = URL(fileURLWithPath: explicit)
        } else {
            // Sources/kith-bench/BenchOptions.swift → the package root.
            share = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
        }
        guard FileManager.default.fileExists(atPath: share.appendingPathComponent("data/knowledge.json").path) else {
            throw BenchOptions.UsageError(
                description: "cannot find data/knowledge.json under \(share.path); set KITH_SHARE to the package root")
        }
        return BenchTools(kith: kith, launcher: own, jq: jq, share: share)
    }

    private static func ownPath() -> String {
        if let resolved = realpath("/proc/self/exe", nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return CommandLine.arguments.first ?? "kith-bench"
    }
}
