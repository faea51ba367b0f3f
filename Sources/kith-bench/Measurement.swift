import Foundation

/// Repeats a piece of work and keeps the median time (and the largest peak memory seen).
struct Measurement {
    var seconds: [Double] = []
    var peakBytes = 0
    /// Set when the work could not be measured (the reason is shown instead of a number).
    var missing: String?

    var median: Double? {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Times `work` `runs` times in this process.
    static func inProcess(runs: Int, _ work: () throws -> Void) rethrows -> Measurement {
        var m = Measurement()
        for _ in 0..<max(1, runs) {
            let start = ContinuousClock.now
            try work()
            m.seconds.append((ContinuousClock.now - start).seconds)
        }
        m.peakBytes = ProcessMemory.peakBytes()
        return m
    }

    /// Runs a child process `runs` times (calling `before` ahead of each run); a non-zero exit
    /// makes the measurement missing.
    static func child(
        runs: Int, _ program: String, _ arguments: [String], environment: [String: String],
        launcher: String, before: () -> Void = {}
    ) -> Measurement {
        var m = Measurement()
        for _ in 0..<max(1, runs) {
            before()
            do {
                let outcome = try LaunchedChild.run(launcher: launcher, program, arguments, environment: environment)
                guard outcome.status == 0 else {
                    m.missing = "exit \(outcome.status)"
                    return m
                }
                m.seconds.append(outcome.seconds)
                m.peakBytes = max(m.peakBytes, outcome.peakBytes)
            } catch {
                m.missing = "\(error)"
                return m
            }
        }
        return m
    }
}

/// The peak memory of this process so far.
enum ProcessMemory {
    static func peakBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}
