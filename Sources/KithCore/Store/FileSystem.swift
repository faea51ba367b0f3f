import Foundation

/// The few system calls kith's writers make, as a value so tests can make them fail
/// (a full disk, an interrupted write) without a real full disk.
public struct FileSystem: Sendable {
    /// `write(2)`: returns the bytes written, or -1 with `errno` set.
    public var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    /// `fsync(2)`: returns 0, or -1 with `errno` set.
    public var fsync: @Sendable (_ descriptor: Int32) -> Int32

    public init(
        write: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> Int,
        fsync: @escaping @Sendable (Int32) -> Int32
    ) {
        self.write = write
        self.fsync = fsync
    }

    /// The real file system.
    public static let posix = FileSystem(
        write: { fd, bytes in
            #if canImport(Glibc)
                Glibc.write(fd, bytes.baseAddress, bytes.count)
            #else
                Darwin.write(fd, bytes.baseAddress, bytes.count)
            #endif
        },
        fsync: { fd in
            #if canImport(Glibc)
                Glibc.fsync(fd)
            #else
                Darwin.fsync(fd)
            #endif
        })
}
