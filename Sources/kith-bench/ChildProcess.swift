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
    static func run(
        _ program: String, _ arguments: [String], environment: [String: String],
        keepOutput: Bool = false
    ) throws -> Outcome {
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

/// Measures a child through a small launcher process (this binary with `--run-child`): a child
/// spawned straight from the bench would report the bench's own memory as its peak, since
/// Linux counts the parent's resident size into a spawned child's `ru_maxrss` until it execs.
/// The launcher is small when it spawns, so the grandchild's peak is its own.
enum LaunchedChild {
    static let flag = "--run-child"

    /// In the launcher: runs the program given after the flag and prints
    /// "seconds status peakBytes" on standard output.
    static func launcherMain(_ arguments: [String]) -> Int32 {
        guard let program = arguments.first else { return 2 }
        do {
            let outcome = try ChildProcess.run(
                program, Array(arguments.dropFirst()),
                environment: ProcessInfo.processInfo.environment)
            print("\(outcome.seconds) \(outcome.status) \(outcome.peakBytes)")
            return 0
        } catch {
            FileHandle.standardError.write(Data("kith-bench \(flag): \(error)\n".utf8))
            return 1
        }
    }

    /// In the bench: runs `program` through the launcher `launcher` and reads its report.
    static func run(
        launcher: String, _ program: String, _ arguments: [String],
        environment: [String: String]
    ) throws -> ChildProcess.Outcome {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("kith-bench-child-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: report) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, report.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([launcher, flag, program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, launcher, &actions, nil, argv, envp)
        guard code == 0 else { throw ChildProcess.SpawnError(program: launcher, code: code) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw ChildProcess.SpawnError(program: launcher, code: errno) }
        }
        let text = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
        let fields = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 3, let seconds = Double(fields[0]), let exit = Int32(fields[1]), let peak = Int(fields[2])
        else {
            throw ChildProcess.SpawnError(program: program, code: EIO)
        }
        return ChildProcess.Outcome(seconds: seconds, status: exit, peakBytes: peak)
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
