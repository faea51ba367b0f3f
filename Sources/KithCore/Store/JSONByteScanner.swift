/// A strict, allocation-light reader of JSON bytes for the store's fast path.
///
/// It understands only what it must; anything unexpected throws `JSONByteScanner.Unsupported`
/// and the caller falls back to `JSONDecoder`, which then reports real errors precisely.
struct JSONByteScanner {
    /// The input is not in the plain shape the fast path handles.
    struct Unsupported: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            let b = bytes[position]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            position += 1
        }
    }

    /// The next byte after whitespace, not consumed.
    mutating func peek() throws -> UInt8 {
        skipWhitespace()
        guard position < bytes.count else { throw Unsupported() }
        return bytes[position]
    }

    mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw Unsupported() }
        position += 1
    }

    /// True (and consumed) when the next value is `null`.
    mutating func takeNull() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        guard position + 4 <= bytes.count, bytes[position + 1] == UInt8(ascii: "u"),
            bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l")
        else { throw Unsupported() }
        position += 4
        return true
    }

    /// Reads `{ "key": value, … }`, calling `field` with each key positioned at its value.
    mutating func object(_ field: (inout JSONByteScanner, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try field(&self, key)
            let next = try peek()
            position += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw Unsupported() }
        }
    }

    /// Reads `[ value, … ]`, calling `element` positioned at each value.
    mutating func array(_ element: (inout JSONByteScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            try element(&self)
            let next = try peek()
            position += 1
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else { throw Unsupported() }
        }
    }

    /// Reads an array of strings; `null` gives an empty list.
    mutating func strings() throws -> [String] {
        if try takeNull() { return [] }
        var result: [String] = []
        try array { result.append(try $0.string()) }
        return result
    }

    /// Reads a string, or nil for `null`.
    mutating func optionalString() throws -> String? {
        try takeNull() ? nil : try string()
    }

    /// Reads a whole number without fraction or exponent.
    mutating func integer() throws -> Int {
        _ = try peek()
        var negative = false
        if bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var value = 0
        let start = position
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39, position - start < 18 {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        guard position > start, position < bytes.count else { throw Unsupported() }
        let b = bytes[position]
        guard !(b >= 0x30 && b <= 0x39), b != UInt8(ascii: "."), b != UInt8(ascii: "e"), b != UInt8(ascii: "E") else {
            throw Unsupported()
        }
        return negative ? -value : value
    }

    /// Reads a string value, unescaping and checking it is valid UTF-8.
    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        var ascii = true
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if ascii { return String(decoding: slice, as: UTF8.self) }
                guard let text = String(validating: slice, as: UTF8.self) else { throw Unsupported() }
                return text
            }
            if b >= 0x80 { ascii = false }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard b >= 0x20 else { throw Unsupported() }
            position += 1
        }
        throw Unsupported()
    }

    private mutating func escapedString(from start: Int) throws -> String {
        var out = Array(bytes[start..<position])
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            if b == UInt8(ascii: "\"") {
                guard let text = String(validating: out, as: UTF8.self) else { throw Unsupported() }
                return text
            }
            guard b >= 0x20 else { throw Unsupported() }
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                continue
            }
            guard position < bytes.count else { throw Unsupported() }
            let e = bytes[position]
            position += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                        bytes[position + 1] == UInt8(ascii: "u")
                    else { throw Unsupported() }
                    position += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw Unsupported() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw Unsupported() }
                out.append(contentsOf: String(unicode).utf8)
            default: throw Unsupported()
            }
        }
        throw Unsupported()
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw Unsupported() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            position += 1
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw Unsupported()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Reads a `"YYYY-MM-DD"` string as a day; other shapes go through `Day(String)`.
    mutating func day() throws -> Day {
        _ = try peek()
        let p = position
        if p + 12 <= bytes.count, bytes[p] == UInt8(ascii: "\""), bytes[p + 11] == UInt8(ascii: "\""),
            bytes[p + 5] == UInt8(ascii: "-"), bytes[p + 8] == UInt8(ascii: "-")
        {
            func digits(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for i in from..<(from + count) {
                    let b = bytes[i]
                    guard b >= 0x30 && b <= 0x39 else { return nil }
                    value = value * 10 + Int(b - 0x30)
                }
                return value
            }
            if let y = digits(p + 1, 4), let m = digits(p + 6, 2), let d = digits(p + 9, 2) {
                guard let day = Day(year: y, month: m, day: d) else { throw Unsupported() }
                position = p + 12
                return day
            }
        }
        guard let day = Day(try string()) else { throw Unsupported() }
        return day
    }

    /// Reads a day, or nil for `null`.
    mutating func optionalDay() throws -> Day? {
        try takeNull() ? nil : try day()
    }

    /// Skips any value and returns the byte range it covered.
    mutating func skipValue() throws -> Range<Int> {
        let first = try peek()
        let start = position
        switch first {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"): try object { scanner, _ in _ = try scanner.skipValue() }
        case UInt8(ascii: "["): try array { _ = try $0.skipValue() }
        default:
            while position < bytes.count {
                let b = bytes[position]
                if b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || b == 0x20
                    || b == 0x0A || b == 0x0D || b == 0x09
                {
                    break
                }
                position += 1
            }
            guard position > start else { throw Unsupported() }
        }
        return start..<position
    }
}
