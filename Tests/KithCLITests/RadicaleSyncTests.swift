import Foundation
import KithCore
import Testing

/// kith on two machines ("laptop" and "desktop"), each with its own vdirs, synced through a
/// Radicale server by vdirsyncer — the set-up README's "Sync across devices" describes. Radicale,
/// vdirsyncer, vobject and khard come from the virtual environment `scripts/test` makes; the
/// suite runs whenever `KITH_SYNC_PEERS` names its `bin` folder, and fails if a tool is broken.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["KITH_SYNC_PEERS"].map { !$0.isEmpty } ?? false,
        "KITH_SYNC_PEERS is not set: run scripts/test, which installs Radicale and vdirsyncer in .build"))
struct RadicaleSyncTests {
    let bin = ProcessInfo.processInfo.environment["KITH_SYNC_PEERS"] ?? ""

    /// One machine: a kith home, its vdirs and its vdirsyncer configuration.
    struct Machine {
        let home: KithHome
        let bin: String
        var contacts: URL { home.folder.appendingPathComponent("vdir/contacts") }
        var tasks: URL { home.folder.appendingPathComponent("vdir/tasks") }
        var vdirsyncerConfig: URL { home.folder.appendingPathComponent("vdirsyncer.conf") }

        init(server: RadicaleServer, bin: String) throws {
            home = try KithHome()
            self.bin = bin
            for folder in [contacts, tasks] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try FileManager.default.createDirectory(
                at: home.configFile.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try Data("[sync]\ncontacts = \"\(contacts.path)\"\ntasks = \"\(tasks.path)\"\n".utf8).write(
                to: home.configFile)
            try Data(
                """
                [general]
                status_path = "\(home.folder.path)/vdirsyncer-status/"

                [pair contacts]
                a = "contacts_local"
                b = "contacts_remote"
                collections = null
                conflict_resolution = "a wins"

                [storage contacts_local]
                type = "filesystem"
                path = "\(contacts.path)/"
                fileext = ".vcf"

                [storage contacts_remote]
                type = "carddav"
                url = "\(server.url("contacts"))"
                username = "kith"
                password = "kith"

                [pair tasks]
                a = "tasks_local"
                b = "tasks_remote"
                collections = null
                conflict_resolution = "b wins"

                [storage tasks_local]
                type = "filesystem"
                path = "\(tasks.path)/"
                fileext = ".ics"

                [storage tasks_remote]
                type = "caldav"
                url = "\(server.url("tasks"))"
                item_types = ["VTODO"]
                username = "kith"
                password = "kith"\n
                """.utf8
            ).write(to: vdirsyncerConfig)
            try vdirsyncer(["discover"])
        }

        func vdirsyncer(_ arguments: [String]) throws {
            let result = try runTool(bin + "/vdirsyncer", ["-c", vdirsyncerConfig.path] + arguments)
            guard result.status == 0 else {
                throw PeerToolError(text: "vdirsyncer \(arguments): \(result.stdout)\(result.stderr)")
            }
        }

        /// What a user runs on each machine: fetch, sync kith, send.
        @discardableResult
        func sync() throws -> KithResult {
            try vdirsyncer(["sync"])
            let result = try home.run(["sync"])
            #expect(result.status == 0, "kith sync: \(result.stdout)\(result.stderr)")
            try vdirsyncer(["sync"])
            return result
        }

        func contact(_ name: String) throws -> Contact? {
            try home.loadNetwork().contacts.first { $0.name == name }
        }
    }

    @Test func twoMachinesShareTheirNetworkThroughACardDAVServer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-radicale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try RadicaleServer(bin: bin, folder: folder)
        defer { server.stop() }
        let client = DAVClient(python: bin + "/python")
        try client.makeCollection(server.url("contacts"), tasks: false)
        try client.makeCollection(server.url("tasks"), tasks: true)
        let laptop = try Machine(server: server, bin: bin)
        let desktop = try Machine(server: server, bin: bin)

        // A debrief on the laptop reaches the desktop with its needs, offers and history.
        try laptop.home.importDebriefs(
            """
            {"name": "Ana Ruiz", "needs": ["a tax adviser"], "offers": ["brand design"], "email": "ana@ruiz.example"}
            {"name": "Ben Ortiz", "offers": ["contract law"], "phone": "+34 600 000 001"}
            """)
        try laptop.sync()
        try desktop.sync()
        let ana = try #require(try desktop.contact("Ana Ruiz"), "the desktop got Ana:\n\(server.log.suffix(2000))")
        #expect(ana.needs.map(\.text) == ["a tax adviser"] && ana.offers.map(\.text) == ["brand design"])
        #expect(ana.interactions.map(\.kind) == [InteractionKind("met")])
        #expect(ana == (try laptop.contact("Ana Ruiz")), "the same record, id included")

        // An edit on the desktop comes back.
        #expect(try desktop.home.run(["tier", "Ana Ruiz", "close"]).status == 0)
        try desktop.sync()
        try laptop.sync()
        #expect(try laptop.contact("Ana Ruiz")?.tier == "close")

        // Concurrent edits of different properties keep both.
        #expect(try laptop.home.run(["log", "Ben Ortiz", "call", "about the contract"]).status == 0)
        #expect(try desktop.home.run(["tier", "Ben Ortiz", "acquaintance"]).status == 0)
        try laptop.sync()
        try desktop.sync()
        try laptop.sync()
        for machine in [laptop, desktop] {
            let ben = try #require(try machine.contact("Ben Ortiz"))
            #expect(ben.tier == "acquaintance" && ben.interactions.contains { $0.note == "about the contract" })
        }

        // A card another client PUT on the server appears in kith.
        try client.putCard(
            server.url("contacts") + "carla.vcf", uid: "phone-carla-1", name: "Carla Soto",
            phone: "+34 600 111 222")
        let arrived = try laptop.sync()
        #expect(arrived.stdout.contains("+ Carla Soto"))
        #expect(try laptop.contact("Carla Soto")?.phones == ["+34 600 111 222"])

        // A task completed on the server marks the action done, here and on the other machine.
        let taskFile = try #require(
            try FileManager.default.contentsOfDirectory(atPath: laptop.tasks.path).sorted().first)
        let task = try String(contentsOf: laptop.tasks.appendingPathComponent(taskFile), encoding: .utf8)
            .replacingOccurrences(of: "\r\n ", with: "")
        let uid = try #require(task.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") }).dropFirst(4)
        let key = try #require(task.components(separatedBy: "\r\n").first { $0.hasPrefix("X-KITH-ACTION:") })
            .dropFirst(14).replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
        try client.completeTask(in: server.url("tasks"), uid: String(uid))
        let done = try laptop.sync()
        #expect(done.stdout.contains("done"), "\(done.stdout)")
        #expect(try laptop.home.loadNetwork().actionLog.contains { $0.key == key && $0.state == .done })
        try desktop.sync()
        #expect(
            try desktop.home.loadNetwork().actionLog.contains { $0.key == key && $0.state == .done },
            "the desktop does not suggest it again")

        // khard lists the contacts vdir kith keeps.
        let khardConfig = laptop.home.folder.appendingPathComponent("khard.conf")
        try Data(
            """
            [addressbooks]
            [[kith]]
            path = \(laptop.contacts.path)
            [general]
            default_action = list
            editor = /bin/false
            merge_editor = /bin/false\n
            """.utf8
        ).write(to: khardConfig)
        let list = try runTool(bin + "/khard", ["-c", khardConfig.path, "list", "--parsable"])
        #expect(list.status == 0, "\(list.stdout)\(list.stderr)")
        for name in ["Ana Ruiz", "Ben Ortiz", "Carla Soto"] { #expect(list.stdout.contains(name), "\(list.stdout)") }
    }
}
