import Foundation

/// How address-book bytes in other encodings become text: byte-order marks, `CHARSET=` names,
/// and the Windows-1252 fallback for undeclared 8-bit text.
enum TextEncodings {
    /// The file's bytes as UTF-8 without a byte-order mark: UTF-16 (with its BOM) is converted,
    /// a UTF-8 BOM dropped. Nil when a UTF-16 file cannot be decoded.
    static func utf8Bytes(_ bytes: [UInt8]) -> [UInt8]? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        for (bom, encoding) in [
            ([UInt8]([0xFF, 0xFE]), String.Encoding.utf16LittleEndian),
            ([0xFE, 0xFF], .utf16BigEndian),
        ] where bytes.starts(with: bom) {
            guard let text = String(bytes: bytes.dropFirst(2), encoding: encoding) else { return nil }
            return Array(text.utf8)
        }
        return bytes
    }

    /// The encoding a `CHARSET=` parameter names, or nil when Foundation does not know it.
    static func encoding(named name: String) -> String.Encoding? {
        switch name.lowercased() {
        case "utf-8", "utf8": return .utf8
        case "us-ascii", "ascii": return .utf8
        case "latin1", "latin-1", "iso8859-1", "iso-8859-1": return .isoLatin1
        case "cp1252": return .windowsCP1252
        case "cp1251": return .windowsCP1251
        case "sjis", "shift-jis", "x-sjis": return .shiftJIS
        default: return String.Encoding(ianaName: name)
        }
    }

    /// Bytes in a declared encoding; nil when they are not valid in it.
    static func decode(_ bytes: [UInt8], as encoding: String.Encoding) -> String? {
        if encoding == .utf8 {
            return UTF8Validation.firstInvalidOffset(in: bytes) == nil ? String(decoding: bytes, as: UTF8.self) : nil
        }
        if encoding == .isoLatin1 {
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        }
        return String(bytes: bytes, encoding: encoding)
    }

    /// Undeclared 8-bit text that is not UTF-8, read as Windows-1252 (the bytes 0x81, 0x8D,
    /// 0x8F, 0x90 and 0x9D, undefined there, as Latin-1).
    static func windows1252(_ bytes: [UInt8]) -> String {
        if let text = String(bytes: bytes, encoding: .windowsCP1252) { return text }
        var text = ""
        for byte in bytes {
            text += String(bytes: [byte], encoding: .windowsCP1252) ?? String(Unicode.Scalar(byte))
        }
        return text
    }
}
