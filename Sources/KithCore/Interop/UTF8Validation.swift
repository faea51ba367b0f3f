/// Finds where a byte sequence stops being valid UTF-8, for error messages.
enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidOffset<Bytes: Collection>(in bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The 1-based line number of byte `offset` (lines end with LF).
    static func lineNumber<Bytes: Collection>(ofOffset offset: Int, in bytes: Bytes) -> Int
    where Bytes.Element == UInt8 {
        1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
