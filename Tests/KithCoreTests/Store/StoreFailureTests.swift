import Foundation
import Synchronization
import Testing

@testable import KithCore

/// A file system whose `write` stores the first half of the data, then fails with `code`.
private func failingHalfWay(with code: Int32) -> FileSystem {
    let calls = Mutex(0)
    return FileSystem(
        write: { fd, bytes in
            let call = calls.withLock { count in
                count += 1
                return count
            }
            if call == 1 {
                return Glibc.write(fd, bytes.baseAddress, max(1, bytes.count / 2))
            }
            errno = code
            return -1
        },
        fsync: { Glibc.fsync($0) })
}

private func addAna(_ network: inout Network) {
    network.contacts.append(Contact(id: "00000001", name: "Ana", added: day("2026-11-23")))
}

@Suite struct StoreFailureTests {
    @Test func aFullDiskLeavesTheOldStoreAndNoTemporaryFile() throws {
        let folder = try StoreTestFolder()
        let store = Store(location: folder.location)
        try store.update(addAna)
        let before = try #require(folder.bytes())

        let full = Store(location: folder.location, writer: AtomicFileWriter(fileSystem: failingHalfWay(with: ENOSPC)))
        try full.load()
        let error = #expect(throws: StoreError.self) {
            try full.update { network in
                network.contacts.append(
                    Contact(id: "00000002", name: String(repeating: "Bea ", count: 2000), added: day("2026-11-23")))
            }
        }
        guard case .writeFailed(let path, let reason)? = error else {
            Issue.record("expected writeFailed, got \(String(describing: error))")
            return
        }
        #expect(path == folder.location.storeFile.path)
        #expect(reason == String(cString: strerror(ENOSPC)))
        #expect(error?.description.contains("The previous version is intact") == true)
        #expect(folder.bytes() == before)
        #expect(folder.temporaryFiles().isEmpty)
        // The store in memory still holds what is on disk.
        #expect(full.network.contacts.map(\.name) == ["Ana"])
        let reread = Store(location: folder.location)
        try reread.load()
        #expect(reread.network.contacts.map(\.name) == ["Ana"])
    }

    @Test(arguments: [EIO, EDQUOT])
    func aFailedFsyncKeepsTheOldFile(code: Int32) throws {
        let folder = try StoreTestFolder()
        try folder.write("old contents")
        let target = folder.url.appendingPathComponent("store.json")
        let writer = AtomicFileWriter(
            fileSystem: FileSystem(
                write: FileSystem.posix.write,
                fsync: { _ in
                    errno = code
                    return -1
                }))
        #expect(throws: WriteError(path: target.path, reason: String(cString: strerror(code)))) {
            try writer.write(Data("new contents".utf8), to: target)
        }
        #expect(folder.bytes() == Data("old contents".utf8))
        #expect(folder.temporaryFiles().isEmpty)
    }

    @Test func aWriteThatMakesNoProgressIsReportedAsAFullDisk() throws {
        let folder = try StoreTestFolder()
        let target = folder.url.appendingPathComponent("store.json")
        let writer = AtomicFileWriter(fileSystem: FileSystem(write: { _, _ in 0 }, fsync: { _ in 0 }))
        #expect(throws: WriteError(path: target.path, reason: String(cString: strerror(ENOSPC)))) {
            try writer.write(Data("x".utf8), to: target)
        }
        #expect(folder.entries().isEmpty)
    }

    @Test func anInterruptedWriteIsRetried() throws {
        let folder = try StoreTestFolder()
        let target = folder.url.appendingPathComponent("store.json")
        let calls = Mutex(0)
        let writer = AtomicFileWriter(
            fileSystem: FileSystem(
                write: { fd, bytes in
                    let call = calls.withLock { count in
                        count += 1
                        return count
                    }
                    if call.isMultiple(of: 2) {
                        errno = EINTR
                        return -1
                    }
                    return Glibc.write(fd, bytes.baseAddress, min(3, bytes.count))
                },
                fsync: FileSystem.posix.fsync))
        try writer.write(Data("hello, world".utf8), to: target)
        #expect(folder.bytes() == Data("hello, world".utf8))
        #expect(folder.temporaryFiles().isEmpty)
    }

    @Test func leftoversOfACrashedWriterAreRemovedByTheNextSave() throws {
        let folder = try StoreTestFolder()
        try folder.write("partial", to: "store.json.tmp-123-456")
        try folder.write("partial", to: "store.json.bak.tmp-789")
        try folder.write("keep me", to: "notes.tmp-1")
        let store = Store(location: folder.location)
        try store.update(addAna)
        #expect(folder.temporaryFiles() == ["notes.tmp-1"])
    }

    @Test func badJSONIsRefusedWithLineAndColumnAndTheFileIsUntouched() throws {
        let folder = try StoreTestFolder()
        let text = "{\n  \"schemaVersion\": 1,\n  \"contacts\": [ , ]\n}\n"
        try folder.write(text)
        let store = Store(location: folder.location)
        let error = #expect(throws: StoreError.self) { try store.load() }
        let path = folder.location.storeFile.path
        #expect(
            error
                == .corrupt(
                    path: path, detail: "invalid JSON at line 3, column 17: expected a value but found ','",
                    backup: folder.location.backupFile.path))
        let message = error?.description ?? ""
        #expect(message.contains(path))
        #expect(message.contains("kith doctor"))
        // Writing is refused too: the damaged file is never overwritten.
        #expect(throws: StoreError.self) { try store.update(addAna) }
        #expect(folder.bytes() == Data(text.utf8))
        #expect(folder.entries() == ["store.json", "store.lock"])
    }

    @Test(arguments: [
        (#"{"schemaVersion": 1, "contacts": [{"id": 7, "name": "Ana", "added": "2026-01-01"}]}"#, "contacts[0].id"),
        (#"{"schemaVersion": "1"}"#, "schemaVersion"),
        (#"{"contacts": []}"#, "schemaVersion"),
        (
            #"{"schemaVersion": 1, "contacts": [{"id": "a", "name": "Ana", "added": "2026-02-30"}]}"#,
            "contacts[0].added"
        ),
        (#"{"schemaVersion": 1, "contacts": {"id": "a"}}"#, "contacts"),
        (#"[1, 2]"#, "expected an object"),
    ])
    func wrongTypesAreRefusedNamingTheField(text: String, field: String) throws {
        let folder = try StoreTestFolder()
        try folder.write(text)
        let error = #expect(throws: StoreError.self) { try Store(location: folder.location).load() }
        guard case .corrupt(let path, let detail, _)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(path == folder.location.storeFile.path)
        #expect(detail.hasPrefix("not a kith store"))
        #expect(detail.contains(field), "\(detail)")
        #expect(folder.bytes() == Data(text.utf8))
    }

    @Test func aNewerSchemaIsRefusedAndLeftAlone() throws {
        let folder = try StoreTestFolder()
        let newer = VersionedDocument.store.newestVersion + 1
        let text = #"{"schemaVersion": \#(newer), "contacts": [], "somethingNew": {}}"#
        try folder.write(text)
        let store = Store(location: folder.location)
        let error = #expect(throws: StoreError.self) { try store.load() }
        let problem = FileProblem(
            file: folder.location.storeFile.path,
            message: .newerVersion(.store, found: newer, newest: VersionedDocument.store.newestVersion))
        #expect(error == .newerVersion(problem))
        #expect(throws: StoreError.self) { try store.update(addAna) }
        #expect(folder.bytes() == Data(text.utf8))
    }

    @Test func aFileWhereTheFolderShouldBeIsReported() throws {
        let folder = try StoreTestFolder()
        try folder.write("not a folder", to: "kith")
        let store = Store(location: StoreLocation(folder: folder.url.appendingPathComponent("kith")))
        let error = #expect(throws: StoreError.self) { try store.update(addAna) }
        #expect(error?.description.contains("it is a file, not a folder") == true)
    }
}

/// A writer stopped between keeping the backup and replacing the store leaves the backup as a
/// second link to the store; the next save must still leave no temporary file behind.
@Suite("Backup when it already is the store")
struct BackupSameFileTests {
    @Test func savingWhenTheBackupIsALinkToTheStoreLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = Store(location: StoreLocation(folder: folder))
        try store.update { $0.contacts.append(Contact(id: "a", name: "Ana", added: Day("2026-11-23")!)) }
        let location = store.location
        unlink(location.backupFile.path)
        #expect(link(location.storeFile.path, location.backupFile.path) == 0)
        try store.update { $0.contacts.append(Contact(id: "b", name: "Bea", added: Day("2026-11-23")!)) }
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(entries.filter { $0.contains(AtomicFileWriter.temporaryMarker) }.isEmpty, "\(entries)")
        let reloaded = Store(location: location)
        try reloaded.load()
        #expect(reloaded.network.contacts.map(\.name) == ["Ana", "Bea"])
    }
}
