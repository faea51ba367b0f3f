import Foundation
import Testing

/// Every prompt key the code names exists in both prompt files, so no text can be missing in
/// one language (the code has no English fallbacks to hide a missing key).
@Suite struct PromptKeyTests {
    /// The keys of one prompts file.
    private func keys(of language: String) throws -> Set<String> {
        let url = URL(fileURLWithPath: packageRoot).appendingPathComponent("prompts/\(language).json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return Set(try #require(object, "prompts/\(language).json is not an object").keys)
    }

    /// The literal keys passed to `text("…")` in the sources, with the file naming each.
    private func keysUsed() throws -> [String: String] {
        let sources = URL(fileURLWithPath: packageRoot).appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"\btext\("([A-Za-z0-9_.]+)""#)
        var used: [String: String] = [:]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) {
                    used[String(text[range])] = file.lastPathComponent
                }
            }
        }
        return used
    }

    @Test func everyKeyTheCodeUsesIsInBothLanguages() throws {
        let used = try keysUsed()
        #expect(used.count > 100, "the scan found only \(used.count) keys")
        for language in ["en", "es"] {
            let present = try keys(of: language)
            for (key, file) in used.sorted(by: { $0.key < $1.key }) {
                #expect(present.contains(key), "\(file) uses '\(key)', missing from prompts/\(language).json")
            }
        }
    }
}
