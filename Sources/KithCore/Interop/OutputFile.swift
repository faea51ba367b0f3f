import Foundation

/// An export could not be written because the file is already there and overwriting was not
/// asked for.
package struct OutputFileExistsError: Error, CustomStringConvertible, Equatable, Sendable {
    package let path: String

    package var description: String {
        "\(path) already exists; it was left untouched (choose another name or overwrite it on purpose)"
    }
}

/// Writes an export (vCard, iCalendar, DOT, Markdown) to `url` all at once or not at all.
///
/// An existing file is replaced only when `overwrite` is true, and then keeps its permissions;
/// a new file gets mode 0600 (it holds personal data). If writing fails, the old file is left
/// as it was. A symbolic link is followed, so the file it points to is replaced.
package func writeOutput(_ data: Data, to url: URL, overwrite: Bool, writer: AtomicFileWriter = AtomicFileWriter())
    throws
{
    let target = url.resolvingSymlinksInPath()
    var status = stat()
    var mode: mode_t = 0o600
    if lstat(target.path, &status) == 0 {
        guard overwrite else { throw OutputFileExistsError(path: url.path) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw WriteError(path: url.path, reason: "it is not a regular file")
        }
        mode = status.st_mode & 0o7777
    }
    try writer.write(data, to: target, mode: mode)
}
