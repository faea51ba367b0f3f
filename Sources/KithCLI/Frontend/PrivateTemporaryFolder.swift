import Foundation

/// A new folder only the user can open (mode 0700) under the system's temporary folder.
enum PrivateTemporaryFolder {
    /// Creates `kith-<label>-XXXXXX` with a unique suffix and returns it.
    static func create(label: String) throws -> URL {
        let base = FileManager.default.temporaryDirectory
        var template = Array(base.appendingPathComponent("kith-\(label)-XXXXXX").path.utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw CommandError("cannot create a temporary folder in \(base.path): \(String(cString: strerror(errno)))")
        }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return URL(fileURLWithPath: path, isDirectory: true)
    }
}
