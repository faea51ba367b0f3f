/// Finds where a JSON text stops being valid JSON, for error messages.
///
/// Foundation's decoder says only that data "was not valid JSON". This scanner walks the bytes
/// once and reports the line and column of the first problem and what was expected there.
package enum JSONSyntaxLocator {
    /// A position in a text, 1-based.
    package struct Problem: Equatable, Sendable, CustomStringConvertible {
        package let line: Int
        package let column: Int
        package let reason: String
        package var description: String { "line \(line), column \(column): \(reason)" }
    }

    /// The first syntax problem in `bytes`, or nil when they are valid UTF-8 JSON.
    package static func firstProblem<Bytes: Collection>(in bytes: Bytes) -> Problem? where Bytes.Element == UInt8 {
        var scanner = Scanner(bytes: Array(bytes))
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0
        var depth = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() -> Problem? {
            if let bad = firstInvalidUTF8() { return problem(at: bad, "the text is not valid UTF-8") }
            skipSpace()
            if i == bytes.count { return problem(at: i, "the file is empty") }
            if let p = value() { return p }
            skipSpace()
            if i < bytes.count { return problem(at: i, "unexpected text after the end of the document") }
            return nil
        }

        func firstInvalidUTF8() -> Int? {
            var index = 0
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            var offset = 0
            while true {
                let before = offset
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    offset += UTF8.width(scalar)
                    index = offset
                case .emptyInput:
                    return nil
                case .error:
                    _ = index
                    return before
                }
            }
        }

        func problem(at offset: Int, _ reason: String) -> Problem {
            var line = 1
            var column = 1
            var k = 0
            while k < offset && k < bytes.count {
                if bytes[k] == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if bytes[k] & 0xC0 != 0x80 {
                    column += 1
                }
                k += 1
            }
            return Problem(line: line, column: column, reason: reason)
        }

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        func describeHere() -> String {
            guard i < bytes.count else { return "the end of the file" }
            let b = bytes[i]
            if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
            return "byte 0x\(String(b, radix: 16))"
        }

        mutating func value() -> Problem? {
            skipSpace()
            guard i < bytes.count else { return problem(at: i, "the file ends where a value was expected") }
            switch bytes[i] {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default: return problem(at: i, "expected a value but found \(describeHere())")
            }
        }

        mutating func object() -> Problem? {
            depth += 1
            if depth > 512 { return problem(at: i, "nested too deeply") }
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                depth -= 1
                return nil
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    return problem(at: i, "expected a field name in double quotes but found \(describeHere())")
                }
                if let p = string() { return p }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                    return problem(at: i, "expected ':' after a field name but found \(describeHere())")
                }
                i += 1
                if let p = value() { return p }
                skipSpace()
                guard i < bytes.count else { return problem(at: i, "the file ends inside an object (missing '}')") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    depth -= 1
                    return nil
                }
                return problem(at: i, "expected ',' or '}' but found \(describeHere())")
            }
        }

        mutating func array() -> Problem? {
            depth += 1
            if depth > 512 { return problem(at: i, "nested too deeply") }
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                depth -= 1
                return nil
            }
            while true {
                if let p = value() { return p }
                skipSpace()
                guard i < bytes.count else { return problem(at: i, "the file ends inside a list (missing ']')") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    depth -= 1
                    return nil
                }
                return problem(at: i, "expected ',' or ']' but found \(describeHere())")
            }
        }

        mutating func string() -> Problem? {
            let start = i
            i += 1
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return nil
                }
                if b == UInt8(ascii: "\\") {
                    i += 1
                    guard i < bytes.count else { break }
                    let e = bytes[i]
                    if e == UInt8(ascii: "u") {
                        let hex = bytes[min(i + 1, bytes.count)..<min(i + 5, bytes.count)]
                        guard hex.count == 4, hex.allSatisfy({ isHex($0) }) else {
                            return problem(at: i - 1, "a \\u escape needs four hex digits")
                        }
                        i += 5
                        continue
                    }
                    guard "\"\\/bfnrt".utf8.contains(e) else {
                        return problem(at: i - 1, "unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string")
                    }
                    i += 1
                    continue
                }
                if b < 0x20 { return problem(at: i, "a control character (such as a raw line break) inside a string") }
                i += 1
            }
            return problem(at: start, "a string that is never closed")
        }

        mutating func literal(_ word: String) -> Problem? {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else {
                return problem(at: i, "expected a value but found \(describeHere())")
            }
            i += w.count
            return nil
        }

        mutating func number() -> Problem? {
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { return problem(at: start, "a malformed number") }
            if bytes[i] == UInt8(ascii: "0") { i += 1 } else { while i < bytes.count, isDigit(bytes[i]) { i += 1 } }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard i < bytes.count, isDigit(bytes[i]) else { return problem(at: start, "a malformed number") }
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard i < bytes.count, isDigit(bytes[i]) else { return problem(at: start, "a malformed number") }
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            }
            return nil
        }

        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        func isHex(_ b: UInt8) -> Bool {
            isDigit(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f"))
                || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "F"))
        }
    }
}
