import Foundation
import Testing

/// A Radicale CardDAV/CalDAV server for one test, on 127.0.0.1 at a free port, storing in a
/// temporary folder, with no authentication (any user name is accepted). `stop()` ends it; the
/// owner calls it in a `defer`. Tools come from the virtual environment whose `bin` folder is
/// `KITH_SYNC_PEERS` (made by `scripts/test`).
final class RadicaleServer {
    let bin: String
    let port: UInt16
    let folder: URL
    private let process = Process()

    init(bin: String, folder: URL) throws {
        self.bin = bin
        self.folder = folder
        port = try Self.freePort()
        let log = folder.appendingPathComponent("radicale.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: bin + "/radicale")
        process.arguments = [
            "--server-hosts", "127.0.0.1:\(port)",
            "--storage-filesystem-folder", folder.appendingPathComponent("storage").path,
            "--auth-type", "none", "--rights-type", "owner_only",
        ]
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try waitUntilListening()
    }

    /// The collection `name` of the user `kith`.
    func url(_ name: String) -> String { "http://127.0.0.1:\(port)/kith/\(name)/" }

    var log: String {
        (try? String(contentsOf: folder.appendingPathComponent("radicale.log"), encoding: .utf8)) ?? ""
    }

    func stop() {
        guard process.isRunning else { return }
        // The child inherits the test runner's blocked signals, so SIGTERM would wait forever.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { stop() }

    /// A port nobody listens on now: bound to port 0, read back, released.
    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        guard bound else { throw PeerToolError(text: "no free port: \(String(cString: strerror(errno)))") }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Waits until the server accepts connections (or has exited).
    private func waitUntilListening() throws {
        for _ in 0..<300 {
            guard process.isRunning else { throw PeerToolError(text: "radicale exited:\n\(log)") }
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            close(fd)
            if connected { return }
            usleep(100_000)
        }
        throw PeerToolError(text: "radicale did not start listening:\n\(log)")
    }
}

/// A peer tool failed in a way the test cannot go on from.
struct PeerToolError: Error, CustomStringConvertible {
    let text: String
    var description: String { text }
}

/// Runs a program and collects its output.
func runTool(
    _ executable: String, _ arguments: [String], input: String = "",
    environment: [String: String]? = nil
) throws -> KithResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    return try KithResult.run(process, input: Data(input.utf8))
}
