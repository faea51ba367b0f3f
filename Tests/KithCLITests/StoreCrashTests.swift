import Foundation
import KithCore
import Testing

/// Writers killed with SIGKILL at random moments never leave a store that cannot be read, nor
/// lose a save that had finished; two processes writing at once never lose each other's work.
@Suite struct StoreCrashTests {
    @Test func killingAWriterAtRandomMomentsNeverDamagesTheStore() throws {
        let home = try KithHome()
        var finished: [String] = []
        for round in 1...30 {
            let name = "Person \(round)"
            let file = try home.scratchFile("p\(round).json", #"{"name": "\#(name)", "needs": ["help with round \#(round)"]}"#)
            let process = try home.makeProcess(["import", file])
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...40_000))
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            if process.terminationReason == .exit {
                #expect(process.terminationStatus == 0, "import of \(name) failed")
                if process.terminationStatus == 0 { finished.append(name) }
            }
            // The store always loads, and holds every import that returned.
            let network = try home.loadNetwork()
            let names = Set(network.contacts.map(\.name))
            for done in finished {
                #expect(names.contains(done), "\(done) was imported (exit 0) but is missing after round \(round)")
            }
            if !finished.allSatisfy(names.contains) { return }
        }
        // The next successful write cleans whatever a killed writer left.
        let last = try home.scratchFile("last.json", #"{"name": "Last One"}"#)
        let result = try home.run(["import", last])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(home.entries().filter { $0.contains(AtomicFileWriter.temporaryMarker) } == [])
        let names = Set(try home.loadNetwork().contacts.map(\.name))
        #expect(names.isSuperset(of: finished + ["Last One"]))
        // Every person appears once, however often an import of them was cut short.
        #expect(try home.loadNetwork().contacts.count == names.count)
    }

    @Test func twoProcessesImportingAtOnceLoseNothing() throws {
        let home = try KithHome()
        let files = try ["A", "B"].map { side in
            try (1...15).map { n in
                try home.scratchFile("\(side)\(n).json", #"{"name": "Writer \#(side) person \#(n)"}"#)
            }
        }
        let failures = Failures()
        let group = DispatchGroup()
        for side in files {
            DispatchQueue.global().async(group: group) {
                for file in side {
                    do {
                        let result = try home.run(["import", file])
                        if result.status != 0 { failures.add("\(file): exit \(result.status): \(result.stderr)") }
                    } catch {
                        failures.add("\(file): \(error)")
                    }
                }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        let names = Set(try home.loadNetwork().contacts.map(\.name))
        let expected = Set(["A", "B"].flatMap { side in (1...15).map { "Writer \(side) person \($0)" } })
        #expect(names == expected, "missing: \(expected.subtracting(names).sorted())")
        #expect(home.entries().filter { $0.contains(AtomicFileWriter.temporaryMarker) } == [])
    }
}

/// Messages collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}
