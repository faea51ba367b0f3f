import Foundation
import KithCore

/// The stand-in for `kith today` while the command does not exist: a fresh process that loads
/// the store, the knowledge base, the index and the rules, and prints today's seven actions.
enum ColdToday {
    static let flag = "--cold-today"

    static func run() -> Int32 {
        let env = ProcessInfo.processInfo.environment
        guard let home = env["KITH_HOME"], let share = env["KITH_SHARE"],
              let today = env["KITH_TODAY"].flatMap(Day.init) else {
            FileHandle.standardError.write(Data("kith-bench \(flag): set KITH_HOME, KITH_SHARE and KITH_TODAY\n".utf8))
            return 2
        }
        do {
            let loaded = try LoadedNetwork(home: URL(fileURLWithPath: home), share: URL(fileURLWithPath: share))
            for action in loaded.today(today) { print("[\(action.id)] \(action.text)") }
            return 0
        } catch {
            FileHandle.standardError.write(Data("kith-bench: \(error)\n".utf8))
            return 1
        }
    }
}
