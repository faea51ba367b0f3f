import Glibc

/// The path of an executable built next to the test bundle, or nil if it is missing.
func builtExecutable(named name: String) -> String? {
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
