import Foundation

/// The stamp of a file or a folder's entries as `stat` sees them (device, inode, size, mode, and
/// modification and change times to the nanosecond), hashed: any write, rename, touch or
/// chmod gives another stamp. Also the latest time among them, to tell a stamp too fresh to trust.
struct InputStamp: Equatable {
    let stamp: String
    /// The latest modification or change time seen, in nanoseconds since 1970.
    let latest: Int64

    /// The stamp of a folder's entries when `path` is a folder, else of the file.
    static func of(_ path: String) -> InputStamp {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return exists && isFolder.boolValue ? folder(path) : file(path)
    }

    /// The stamp of one file; "missing" when there is none.
    static func file(_ path: String) -> InputStamp {
        var hasher = StableHasher()
        guard let latest = hasher.add(path: path) else { return InputStamp(stamp: "missing", latest: 0) }
        return InputStamp(stamp: hasher.hex, latest: latest)
    }

    /// The stamp of every entry of a folder (not of its subfolders' contents), those `leftOut`
    /// names left out; "missing" when the folder cannot be listed.
    static func folder(_ path: String, leftOut: (String) -> Bool = { _ in false }) -> InputStamp {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return InputStamp(stamp: "missing", latest: 0)
        }
        var hasher = StableHasher()
        var latest: Int64 = 0
        let kept = names.filter { !leftOut($0) }.sorted()
        for name in kept {
            hasher.add(name)
            latest = max(latest, hasher.add(path: path + "/" + name) ?? 0)
        }
        return InputStamp(stamp: "\(kept.count):" + hasher.hex, latest: latest)
    }
}

/// 64-bit FNV-1a over what is added, the same on every run.
private struct StableHasher {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    var hex: String { String(hash, radix: 16) }

    mutating func add(_ value: UInt64) {
        var rest = value
        for _ in 0..<8 {
            hash ^= rest & 0xff
            hash = hash &* 0x0000_0100_0000_01b3
            rest >>= 8
        }
    }

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        add(UInt64(text.utf8.count))
    }

    /// Adds what `lstat` says of `path`; returns its latest time, or nil when it is not there.
    mutating func add(path: String) -> Int64? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            add(UInt64.max)
            return nil
        }
        #if canImport(Darwin)
            let modified = (Int64(info.st_mtimespec.tv_sec), Int64(info.st_mtimespec.tv_nsec))
            let changed = (Int64(info.st_ctimespec.tv_sec), Int64(info.st_ctimespec.tv_nsec))
        #else
            let modified = (Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec))
            let changed = (Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec))
        #endif
        for value in [
            UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size), UInt64(info.st_mode),
            UInt64(bitPattern: modified.0), UInt64(bitPattern: modified.1),
            UInt64(bitPattern: changed.0), UInt64(bitPattern: changed.1),
        ] {
            add(value)
        }
        return max(modified.0 * 1_000_000_000 + modified.1, changed.0 * 1_000_000_000 + changed.1)
    }
}
