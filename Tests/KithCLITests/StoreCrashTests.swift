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
            let file = try home.write(
                #"{"name": "\#(name)", "needs": ["help with round \#(round)"]}"#, to: "p\(round).json")
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
        let last = try home.write(#"{"name": "Last One"}"#, to: "last.json")
        let result = try home.runProcess(["import", last])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(home.entries().filter { $0.contains(AtomicFileWriter.temporaryMarker) } == [])
        let names = Set(try home.loadNetwork().contacts.map(\.name))
        #expect(names.isSuperset(of: finished + ["Last One"]))
        // Every person appears once, however often an import of them was cut short.
        #expect(try home.loadNetwork().contacts.count == names.count)
    }

    /// Two and four processes at once, each alternating imports and piped debriefs (a new
    /// person, then a second debrief of someone another process may be writing): every person
    /// and every need ends up in the store.
    @Test(arguments: [2, 4])
    func processesDebriefingAndImportingAtOnceLoseNothing(writers: Int) throws {
        let home = try KithHome()
        let sides = (0..<writers).map { String(UnicodeScalar(UInt8(65 + $0))) }
        let rounds = 8
        let failures = Failures()
        let group = DispatchGroup()
        for side in sides {
            DispatchQueue.global().async(group: group) {
                for n in 1...rounds {
                    do {
                        let name = "Writer \(side) person \(n)"
                        let result: KithResult
                        if n.isMultiple(of: 2) {
                            let file = try home.write(
                                #"{"name": "\#(name)", "needs": ["need \#(side)\#(n)"]}"#, to: "\(side)\(n).json")
                            result = try home.runProcess(["import", file])
                        } else {
                            result = try home.runProcess(
                                ["debrief", name], input: "meetup\nneed \(side)\(n)\n\n\n\n\n\n")
                        }
                        if result.status != 0 { failures.add("\(name): exit \(result.status): \(result.stderr)") }
                        // Everyone also adds a need to the same shared person.
                        let shared = try home.write(
                            #"{"name": "Shared Person", "needs": ["shared \#(side)\#(n)"]}"#,
                            to: "shared-\(side)\(n).json")
                        let again = try home.runProcess(["import", shared])
                        if again.status != 0 {
                            failures.add("shared \(side)\(n): exit \(again.status): \(again.stderr)")
                        }
                    } catch {
                        failures.add("\(side)\(n): \(error)")
                    }
                }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        let network = try home.loadNetwork()
        let names = Set(network.contacts.map(\.name))
        let expected = Set(
            sides.flatMap { side in (1...rounds).map { "Writer \(side) person \($0)" } } + ["Shared Person"])
        #expect(names == expected, "missing: \(expected.subtracting(names).sorted())")
        #expect(network.contacts.count == expected.count, "someone was added twice")
        let sharedNeeds = Set(network.contacts.first { $0.name == "Shared Person" }?.needs.map(\.text) ?? [])
        let expectedShared = Set(sides.flatMap { side in (1...rounds).map { "shared \(side)\($0)" } })
        #expect(sharedNeeds == expectedShared, "lost needs: \(expectedShared.subtracting(sharedNeeds).sorted())")
        for contact in network.contacts where contact.name.hasPrefix("Writer") {
            #expect(contact.needs.count == 1, "\(contact.name) has \(contact.needs.count) needs")
        }
        #expect(home.entries().filter { $0.contains(AtomicFileWriter.temporaryMarker) } == [])
        #expect(home.mode(home.location.storeFile) == 0o600)
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
