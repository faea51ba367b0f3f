import Foundation

@testable import KithCore

/// One device for sync tests: a data folder, a contacts vdir and a tasks vdir in a temporary
/// folder (removed on release), with a store and a fixed day.
final class SyncDevice {
    let root: URL
    let store: Store
    var today = Day("2026-11-23")!
    var settings: SyncSettings
    private var counter = 0

    init(tags: [String] = [], privateFields: [String] = [], contacts: URL? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kith-sync-\(UUID().uuidString)")
        let data = root.appendingPathComponent("data")
        let tasks = root.appendingPathComponent("tasks")
        let vdir = contacts ?? root.appendingPathComponent("contacts")
        for folder in [data, tasks, vdir] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        store = Store(location: StoreLocation(folder: data))
        var n = 0
        store.makeUID = {
            n += 1
            return "uid-\(UUID().uuidString.prefix(8))-\(n)"
        }
        settings = SyncSettings(
            contactsFolder: vdir.path, tasksFolder: tasks.path, tags: tags, privateFields: privateFields)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var vdir: URL { URL(fileURLWithPath: settings.contactsFolder) }
    var tasks: URL { URL(fileURLWithPath: settings.tasksFolder ?? "") }

    var sync: VdirSync {
        VdirSync(store: store, settings: settings, today: today) { [unowned self] in
            counter += 1
            return "n\(counter)"
        }
    }

    @discardableResult
    func syncContacts(dryRun: Bool = false, acceptDeletions: Bool = false) throws -> SyncReport {
        try sync.syncContacts(dryRun: dryRun, acceptDeletions: acceptDeletions)
    }

    func add(_ contact: Contact) throws {
        try store.update { $0.contacts.append(contact) }
    }

    func change(_ name: String, _ edit: (inout Contact) -> Void) throws {
        try store.update { network in
            guard let at = network.contacts.firstIndex(where: { $0.name == name }) else { return }
            edit(&network.contacts[at])
        }
    }

    func contact(_ name: String) -> Contact? { store.network.contacts.first { $0.name == name } }

    /// The names of the card files, sorted.
    func cardFiles(in folder: URL? = nil) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: (folder ?? vdir).path)) ?? []).sorted()
    }

    func card(_ file: String) -> String {
        String(
            decoding: FileManager.default.contents(atPath: vdir.appendingPathComponent(file).path) ?? Data(),
            as: UTF8.self)
    }

    /// The file of the card whose FN is `name`.
    func file(of name: String) -> String? {
        cardFiles().first { card($0).contains("\r\nFN:\(name)\r\n") }
    }

    func writeCard(_ text: String, to file: String) throws {
        try Data(text.utf8).write(to: vdir.appendingPathComponent(file))
    }

    /// Copies every card file of `other`'s vdir into this one (what vdirsyncer does through a server).
    func receive(from other: SyncDevice) throws {
        for name in cardFiles() { try FileManager.default.removeItem(at: vdir.appendingPathComponent(name)) }
        for name in other.cardFiles() {
            try FileManager.default.copyItem(
                at: other.vdir.appendingPathComponent(name), to: vdir.appendingPathComponent(name))
        }
    }
}

/// A contact for sync tests.
func person(_ id: String, _ name: String, email: String? = nil, needs: [String] = [], tags: [String] = []) -> Contact {
    var contact = Contact(id: id, name: name, added: Day("2026-01-10")!)
    contact.emails = email.map { [$0] } ?? []
    contact.needs = needs.map { Need($0, recorded: Day("2026-02-01")!) }
    contact.tags = tags
    return contact
}
