import Foundation
import KithCore
import Testing

/// khard, the terminal address book, lists and shows every card `kith export --all --format
/// vcard` writes, once the export is split into a folder of one card per file (as vdirsyncer
/// keeps them). khard comes from the virtual environment `scripts/test` makes.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["KITH_PEERS_PYTHON"].map { !$0.isEmpty } ?? false,
        "KITH_PEERS_PYTHON is not set: run scripts/test, which installs vobject and khard in .build/peers-venv"))
struct KhardPeerTests {
    let khard =
        (ProcessInfo.processInfo.environment["KITH_PEERS_PYTHON"]! as NSString).deletingLastPathComponent + "/khard"

    func khardRun(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: khard)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func khardListsAndShowsEveryExportedCard() throws {
        #expect(FileManager.default.isExecutableFile(atPath: khard), "khard is not installed in the peers environment")
        let home = try KithHome()
        try home.importDebriefs(
            """
            {"name": "Ana Ruiz", "needs": ["a lawyer"], "email": "ana@ruiz.example", "company": "Ruiz, Hijos; S.L."}
            {"name": "Ben Ortiz", "offers": ["contract law"], "phone": "+34 600 000 001"}
            """)
        try home.write(
            """
            BEGIN:VCARD\r\nVERSION:2.1\r\nN:Müller;Jürgen\r\nFN:Jürgen Müller\r\nTEL;CELL;PREF:+49 170 1234567\r\n\
            URL:https://maps.example/?q=1,2\r\nEND:VCARD\r\n
            """, to: "old.vcf")
        #expect(try home.run(["import", "old.vcf"]).status == 0)
        let export = try home.run(["export", "--all", "--format", "vcard"])
        #expect(export.status == 0, "\(export.stderr)")
        let book = home.folder.appendingPathComponent("book", isDirectory: true)
        try FileManager.default.createDirectory(at: book, withIntermediateDirectories: true)
        let cards = export.stdout.components(separatedBy: "END:VCARD\r\n").filter { $0.contains("BEGIN:VCARD") }
        #expect(cards.count == 3)
        for (i, card) in cards.enumerated() {
            try Data((card + "END:VCARD\r\n").utf8).write(to: book.appendingPathComponent("card-\(i).vcf"))
        }
        let config = home.folder.appendingPathComponent("khard.conf")
        try Data(
            """
            [addressbooks]
            [[kith]]
            path = \(book.path)
            [general]
            default_action = list
            editor = /bin/false
            merge_editor = /bin/false
            [contact table]
            show_uids = yes\n
            """.utf8
        ).write(to: config)
        let list = try khardRun(["-c", config.path, "list", "--parsable"])
        #expect(list.status == 0, "\(list.stdout)")
        let rows = list.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count == 3, "khard listed:\n\(list.stdout)")
        #expect(!list.stdout.contains("has no UID"))
        let uids = try home.loadNetwork().contacts.compactMap(\.uid)
        #expect(Set(rows.compactMap(\.first)) == Set(uids))
        for contact in try home.loadNetwork().contacts {
            let show = try khardRun(["-c", config.path, "show", "--format", "yaml", "uid:" + (contact.uid ?? "")])
            #expect(show.status == 0, "khard show \(contact.name): \(show.stdout)")
            #expect(
                show.stdout.contains(contact.name.split(separator: " ").last.map(String.init) ?? ""), "\(show.stdout)")
            for link in contact.links { #expect(show.stdout.contains(link), "khard cut the URL: \(show.stdout)") }
        }
    }
}
