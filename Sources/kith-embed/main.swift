import Foundation

// Writes a Swift file that holds kith's shipped files as string literals.
//
// Usage: kith-embed OUTPUT.swift NAME=PATH…   (NAME is the file's path in the package, such as
// data/rules.json). The file declares `ShippedFiles.contents` (name → text) and
// `ShippedFiles.fingerprint` (a hash of every name and text, so a changed file is a new set).

/// FNV-1a, 64 bits: stable across runs and platforms (unlike `Hasher`).
func fingerprint(_ parts: [(String, Data)]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (name, data) in parts {
        for byte in Array(name.utf8) + [0] + Array(data) + [0] {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
    }
    return String(hash, radix: 16)
}

/// A raw multi-line string literal that reads back exactly as `text`.
func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kith-embed: \(message)\n".utf8))
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let output = arguments.first else { fail("usage: kith-embed OUTPUT.swift NAME=PATH…") }
var files: [(String, Data)] = []
for argument in arguments.dropFirst() {
    guard let equals = argument.firstIndex(of: "=") else { fail("expected NAME=PATH, got '\(argument)'") }
    let name = String(argument[..<equals])
    let path = String(argument[argument.index(after: equals)...])
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    guard String(data: data, encoding: .utf8) != nil else { fail("\(path) is not UTF-8 text") }
    guard !data.contains(13) else { fail("\(path) has carriage returns; save it with Unix line ends") }
    files.append((name, data))
}
var source = """
    // Generated at build time by kith-embed from the package's data/ and prompts/ folders.
    // Edit those files, not this one.

    /// kith's shipped files, embedded when the package is built.
    enum ShippedFiles {
        /// A hash of every file's name and text.
        static let fingerprint = "\(fingerprint(files))"

        /// Each file's text by its path in the package (`data/rules.json`).
        static let contents: [String: String] = [

    """
for (name, data) in files {
    source += "        \"\(name)\": \(literal(String(decoding: data, as: UTF8.self))),\n"
}
source += "    ]\n}\n"
do {
    let old = FileManager.default.contents(atPath: output)
    if old != Data(source.utf8) { try Data(source.utf8).write(to: URL(fileURLWithPath: output)) }
} catch {
    fail("cannot write \(output): \(error)")
}
