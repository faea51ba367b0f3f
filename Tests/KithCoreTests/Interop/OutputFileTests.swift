import Foundation
import Testing

@testable import KithCore

@Suite struct OutputFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kith-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func mode(_ url: URL) -> mode_t {
        var status = stat()
        _ = stat(url.path, &status)
        return status.st_mode & 0o7777
    }

    @Test func newFileIsPrivate() throws {
        let url = try folder().appendingPathComponent("out.vcf")
        try writeOutput(Data("hello".utf8), to: url, overwrite: false)
        #expect(try Data(contentsOf: url) == Data("hello".utf8))
        #expect(mode(url) == 0o600)
    }

    @Test func refusesToOverwriteWithoutPermission() throws {
        let url = try folder().appendingPathComponent("out.vcf")
        try Data("old".utf8).write(to: url)
        #expect(throws: OutputFileExistsError(path: url.path)) {
            try writeOutput(Data("new".utf8), to: url, overwrite: false)
        }
        #expect(try Data(contentsOf: url) == Data("old".utf8))
    }

    @Test func overwriteKeepsTheExistingMode() throws {
        let url = try folder().appendingPathComponent("out.ics")
        try Data("old".utf8).write(to: url)
        chmod(url.path, 0o644)
        try writeOutput(Data("new".utf8), to: url, overwrite: true)
        #expect(try Data(contentsOf: url) == Data("new".utf8))
        #expect(mode(url) == 0o644)
    }

    @Test func failedWriteLeavesTheOldFile() throws {
        let dir = try folder()
        let url = dir.appendingPathComponent("out.dot")
        try Data("old contents".utf8).write(to: url)
        let full = FileSystem(
            write: { _, _ in
                errno = ENOSPC
                return -1
            }, fsync: { _ in 0 })
        #expect(throws: WriteError.self) {
            try writeOutput(Data("new".utf8), to: url, overwrite: true, writer: AtomicFileWriter(fileSystem: full))
        }
        #expect(try Data(contentsOf: url) == Data("old contents".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.dot"])
        let failingSync = FileSystem(
            write: FileSystem.posix.write,
            fsync: { _ in
                errno = EIO
                return -1
            })
        #expect(throws: WriteError.self) {
            try writeOutput(
                Data("new".utf8), to: url, overwrite: true, writer: AtomicFileWriter(fileSystem: failingSync))
        }
        #expect(try Data(contentsOf: url) == Data("old contents".utf8))
    }

    @Test func refusesAFolder() throws {
        let dir = try folder()
        #expect(throws: WriteError.self) {
            try writeOutput(Data("x".utf8), to: dir, overwrite: true)
        }
    }
}
