import Foundation

/// Runs a program to completion and reports its wall time, exit status and peak memory
/// (`ru_maxrss` from `wait4`), with its output thrown away.
struct ChildProcess {
    struct Outcome {
        let seconds: Double
        let status: Int32
        /// Peak resident memory of the child, in bytes.
        let peakBytes: Int
    }

    struct SpawnError: Error, CustomStringConvertible {
        let program: String
        let code: Int32
        var description: String { "cannot start \(program): \(String(cString: strerror(code)))" }
    }

    /// Runs `program` with `arguments` and `environment` (the whole environment of the child).
    static func run(_ program: String, _ arguments: [String], environment: [String: String],
                    keepOutput: Bool = false) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if !keepOutput {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let code = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard code == 0 else { throw SpawnError(program: program, code: code) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw SpawnError(program: program, code: errno) }
        }
        let elapsed = ContinuousClock.now - start
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(seconds: elapsed.seconds, status: exit, peakBytes: Int(usage.ru_maxrss) * 1024)
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
