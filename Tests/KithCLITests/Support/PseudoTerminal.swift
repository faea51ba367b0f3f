import Glibc

/// Why a program could not be started on a pseudo-terminal.
struct PseudoTerminalError: Error, CustomStringConvertible {
    let step: String
    let code: Int32

    var description: String {
        "could not start the program on a pseudo-terminal: \(step) failed (\(String(cString: strerror(code))))"
    }
}

/// Runs a program with a new pseudo-terminal as its controlling terminal and standard streams.
///
/// The program is started with `posix_spawn` in a new session (no fork in Swift).
/// `send` types into the terminal; `waitFor` reads the program's output until a
/// text appears after the end of the previous match.
final class PseudoTerminal {
    /// The process id of the program.
    let processID: pid_t
    private let master: Int32
    private var received: [UInt8] = []
    private var searchFrom = 0
    private var exitCode: Int32?

    /// Starts `executable` with `arguments` and `environment` (TERM defaults to xterm)
    /// on a terminal of `columns` x `rows`.
    init(
        executable: String,
        arguments: [String] = [],
        environment: [String: String] = [:],
        columns: UInt16 = 80,
        rows: UInt16 = 24
    ) throws {
        let posixOpenpt = try Self.cFunction("posix_openpt")
        let master = posixOpenpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw PseudoTerminalError(step: "posix_openpt", code: errno) }
        var spawned: pid_t = 0
        do {
            let grantpt = try Self.cFunction("grantpt")
            let unlockpt = try Self.cFunction("unlockpt")
            guard grantpt(master) == 0 else { throw PseudoTerminalError(step: "grantpt", code: errno) }
            guard unlockpt(master) == 0 else { throw PseudoTerminalError(step: "unlockpt", code: errno) }
            let slavePath = try Self.slavePath(of: master)
            var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(master, UInt(TIOCSWINSZ), &size)
            spawned = try Self.spawn(
                executable: executable, arguments: arguments,
                environment: environment, slavePath: slavePath)
        } catch {
            close(master)
            throw error
        }
        self.master = master
        self.processID = spawned
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        terminate()
        close(master)
    }

    /// Everything the program has written so far (invalid UTF-8 shown as U+FFFD).
    var output: String {
        String(decoding: received, as: UTF8.self)
    }

    /// Types `text` into the terminal: "\r" for Enter, "\u{03}" for Ctrl-C,
    /// "\u{04}" for Ctrl-D, "\t" for TAB.
    func send(_ text: String) {
        send(bytes: Array(text.utf8))
    }

    /// Types raw bytes into the terminal (for invalid UTF-8).
    func send(bytes: [UInt8]) {
        var bytes = bytes
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(master, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno != EAGAIN && errno != EINTR {
                return
            } else {
                waitReadable(milliseconds: 10)
            }
        }
        bytes.removeAll()
    }

    /// Reads output until `text` appears after the end of the previous match, or
    /// `timeout` seconds pass. Returns whether it appeared.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) -> Bool {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while true {
            if let end = Self.find(needle, in: received, from: searchFrom) {
                searchFrom = end
                return true
            }
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero { return false }
            let stillOpen = readAvailable(waitMilliseconds: min(100, Self.milliseconds(remaining)))
            if !stillOpen {
                guard let end = Self.find(needle, in: received, from: searchFrom) else { return false }
                searchFrom = end
                return true
            }
        }
    }

    /// Waits for the program to exit and returns its exit status (128 + the signal
    /// number when a signal ended it), or nil if it is still running after `timeout` seconds.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while exitCode == nil {
            _ = readAvailable(waitMilliseconds: 0)
            reap(blocking: false)
            if exitCode != nil { break }
            if ContinuousClock.now >= deadline { return nil }
            waitReadable(milliseconds: 20)
        }
        _ = readAvailable(waitMilliseconds: 0)
        return exitCode
    }

    /// Kills the program if it is still running.
    func terminate() {
        reap(blocking: false)
        guard exitCode == nil else { return }
        kill(processID, SIGKILL)
        reap(blocking: true)
    }

    // MARK: - Reading

    /// Reads whatever is available, waiting up to the given time for the first bytes.
    /// Returns false when the terminal has no more output (the program closed it).
    private func readAvailable(waitMilliseconds: Int) -> Bool {
        waitReadable(milliseconds: waitMilliseconds)
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if got > 0 {
                received.append(contentsOf: chunk[..<got])
                continue
            }
            if got < 0 && (errno == EAGAIN || errno == EINTR) { return true }
            // EIO: every copy of the terminal's other side is closed.
            reap(blocking: false)
            return false
        }
    }

    private func waitReadable(milliseconds: Int) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, Int32(milliseconds))
    }

    private func reap(blocking: Bool) {
        guard exitCode == nil else { return }
        var status: Int32 = 0
        let result = waitpid(processID, &status, blocking ? 0 : WNOHANG)
        guard result == processID else { return }
        let signal = status & 0x7f
        exitCode = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index + needle.count
        }
        return nil
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(0, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    // MARK: - Starting

    private static func slavePath(of master: Int32) throws -> String {
        // TIOCGPTN gives the number in /dev/pts; unlike ptsname it is thread-safe.
        let tiocgptn: UInt = 0x8004_5430
        var number: UInt32 = 0
        guard ioctl(master, tiocgptn, &number) == 0 else {
            throw PseudoTerminalError(step: "TIOCGPTN", code: errno)
        }
        return "/dev/pts/\(number)"
    }

    private typealias DescriptorFunction = @convention(c) (Int32) -> Int32

    /// Looks up a C library function that Swift's Glibc module does not export
    /// (the pseudo-terminal functions are X/Open extensions).
    private static func cFunction(_ name: String) throws -> DescriptorFunction {
        guard let library = dlopen(nil, RTLD_NOW) else { throw PseudoTerminalError(step: "dlopen", code: ENOSYS) }
        defer { dlclose(library) }
        guard let symbol = dlsym(library, name) else { throw PseudoTerminalError(step: name, code: ENOSYS) }
        return unsafeBitCast(symbol, to: DescriptorFunction.self)
    }

    private static func spawn(
        executable: String, arguments: [String], environment: [String: String], slavePath: String
    ) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        let setSession: Int32 = 0x80  // POSIX_SPAWN_SETSID, not exported to Swift
        let flags = setSession | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)
        posix_spawnattr_setflags(&attributes, Int16(flags))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened in the new session without O_NOCTTY, the terminal becomes the controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        closeInheritedDescriptors(&actions)

        var variables = environment
        if variables["TERM"] == nil { variables["TERM"] = "xterm" }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for argument in argv { free(argument) }
            for variable in envp { free(variable) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw PseudoTerminalError(step: "posix_spawn of \(executable)", code: result) }
        return pid
    }

    /// Closes descriptors 3 and up in the child, so pipes other tests have open
    /// at the same moment are not kept open by this program.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
        guard let library = dlopen(nil, RTLD_NOW),
            let symbol = dlsym(library, "posix_spawn_file_actions_addclosefrom_np")
        else { return }
        let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
        _ = closeFrom(&actions, 3)
        dlclose(library)
    }
}
