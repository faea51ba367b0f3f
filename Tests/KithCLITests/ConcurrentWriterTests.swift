import Foundation
import Testing

/// Many kith processes writing at once: nothing refused, nothing lost, no twins.
@Suite struct ConcurrentWriterTests {
    /// Starts `kith debrief` with `input` on a pipe; returns the process and its pipes.
    private func startDebrief(_ home: KithHome, _ arguments: [String], input: String) throws -> (Process, Pipe) {
        let process = try home.makeProcess(arguments)
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        return (process, stderr)
    }

    @Test func twentyDebriefsAtOnceAreAllSaved() throws {
        let home = try KithHome()
        // Numbers of one width: "Person 1" would be a near-duplicate of "Person 10" once that one
        // is saved, and a piped debrief refuses a near-duplicate rather than guess.
        let runs = try (100..<120).map { index in
            try startDebrief(home, ["debrief", "Person \(index)"], input: "meetup \(index)\nneed \(index)\n\n\n\n\n")
        }
        for (process, stderr) in runs {
            process.waitUntilExit()
            let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(errors)")
        }
        let names = Set(try home.loadNetwork().contacts.map(\.name))
        #expect(names == Set((100..<120).map { "Person \($0)" }))
        #expect(
            !home.entries().contains { $0.hasPrefix("debrief-draft") && $0.hasSuffix(".json") }, "\(home.entries())")
    }

    @Test func sameNameDebriefsAtOnceMakeOnePerson() throws {
        let home = try KithHome()
        for round in 0..<5 {
            let name = "Zed Round\(round)"
            let runs = try (0..<3).map { index in
                try startDebrief(home, ["debrief", name], input: "place \(index)\nneed \(round)-\(index)\n\n\n\n\n")
            }
            for (process, _) in runs {
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            let people = try home.loadNetwork().contacts.filter { $0.name == name }
            #expect(people.count == 1, "round \(round): \(people.count) people called \(name)")
            #expect(Set(people.first?.needs.map(\.text) ?? []) == Set((0..<3).map { "need \(round)-\($0)" }))
        }
        // And the next piped debrief of that name merges instead of being refused as ambiguous.
        #expect(try home.run(["debrief", "Zed Round0"], input: "again\n\n\n\n\n\n").status == 0)
    }
}
