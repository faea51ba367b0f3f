import Glibc

/// The path of an executable built next to the test bundle, or nil if it is missing.
///
/// With `KITH_TEST_BINARIES` set to a build folder (such as `.build/release`), the executables
/// are taken from there instead, so the same end-to-end and terminal tests can check a release build.
func builtExecutable(named name: String) -> String? {
    if let folder = getenv("KITH_TEST_BINARIES").map({ String(cString: $0) }), !folder.isEmpty {
        let candidate = "\(folder)/\(name)"
        return access(candidate, X_OK) == 0 ? candidate : nil
    }
    var directories: [String] = []
    if let bundle = CommandLine.arguments.first, let slash = bundle.lastIndex(of: "/") {
        directories.append(String(bundle[..<slash]))
    }
    if let resolved = realpath("/proc/self/exe", nil) {
        let path = String(cString: resolved)
        free(resolved)
        if let slash = path.lastIndex(of: "/") { directories.append(String(path[..<slash])) }
    }
    for directory in directories {
        // The test bundle may be a directory (.xctest) whose binary sits inside it.
        for candidate in ["\(directory)/\(name)", "\(directory)/../\(name)", "\(directory)/../../../\(name)"]
        where access(candidate, X_OK) == 0 {
            return candidate
        }
    }
    return nil
}
