/// A small JSON (RFC 8259) parser that keeps the byte position of every value and key.
///
/// Foundation's `JSONSerialization` and `JSONDecoder` lose positions; voc needs them to report
/// `file:line:column` for every problem. The parser stops at the first syntax error (later ones would only be
/// consequences of it). Nesting deeper than `maximumDepth` is refused rather than overflowing the stack.
struct JSONParser {
    /// A syntax error at a byte offset.
    struct SyntaxError: Error {
        var offset: Int
        var message: String
    }

    static let maximumDepth = 128

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    /// Parses one JSON document (a value surrounded by optional whitespace).
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }  // a UTF-8 byte order mark
        parser.skipWhitespace()
        if parser.index == bytes.count { throw SyntaxError(offset: 0, message: "the file is empty") }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw SyntaxError(
                offset: parser.index, message: "unexpected \(parser.describeCurrent()) after the JSON value")
        }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func skipWhitespace() {
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                || bytes[index] == 0x09
        {
            index += 1
        }
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        return byte < 0x80 ? "control character" : "character '\(text)'"
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else {
            throw SyntaxError(offset: index, message: "unexpected end of file, expected a value")
        }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""):
            let text = try parseString()
            return JSONValue(kind: .string(text), start: start, end: index)
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "'"):
            throw SyntaxError(offset: index, message: "strings must use double quotes (\")")
        default:
            throw SyntaxError(offset: index, message: "unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONValue.Kind) throws(SyntaxError) -> JSONValue {
        let start = index
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { buffer in
            start + count <= bytes.count && (0..<count).allSatisfy { bytes[start + $0] == buffer[$0] }
        }
        guard matches else {
            var end = start
            while end < bytes.count, bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z") { end += 1 }
            let found = String(decoding: bytes[start..<max(end, start + 1)], as: UTF8.self)
            throw SyntaxError(offset: start, message: "unexpected '\(found)', expected a value")
        }
        index += count
        return JSONValue(kind: kind, start: start, end: index)
    }

    private mutating func enter(_ start: Int) throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw SyntaxError(offset: start, message: "nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        var members: [JSONMember] = []
        let start = try parseContainer(closing: "}", item: "a member") { parser throws(SyntaxError) in
            members.append(try parser.parseMember())
        }
        return JSONValue(kind: .object(members), start: start, end: index)
    }

    /// A key in double quotes, a colon and a value.
    private mutating func parseMember() throws(SyntaxError) -> JSONMember {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            let what = index < bytes.count && bytes[index] == UInt8(ascii: "}") ? "a trailing comma" : describeCurrent()
            throw SyntaxError(offset: index, message: "expected a key in double quotes, found \(what)")
        }
        let keyOffset = index
        let key = try parseString()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw SyntaxError(
                offset: index, message: "expected ':' after the key \"\(key)\", found \(describeCurrent())")
        }
        index += 1
        skipWhitespace()
        return JSONMember(key: key, keyOffset: keyOffset, value: try parseValue())
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        var elements: [JSONValue] = []
        let start = try parseContainer(closing: "]", item: "an element") { parser throws(SyntaxError) in
            elements.append(try parser.parseElement())
        }
        return JSONValue(kind: .array(elements), start: start, end: index)
    }

    /// A value in an array (where a closing bracket would follow a comma).
    private mutating func parseElement() throws(SyntaxError) -> JSONValue {
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            throw SyntaxError(offset: index, message: "expected a value, found a trailing comma")
        }
        return try parseValue()
    }

    /// Reads an object or array from its opening bracket (at `index`) to `closing`: nothing, or items read by
    /// `parseItem` (which starts after whitespace) separated by commas. Returns the offset of the opening bracket.
    private mutating func parseContainer(
        closing: Unicode.Scalar, item: String, _ parseItem: (inout JSONParser) throws(SyntaxError) -> Void
    ) throws(SyntaxError) -> Int {
        let start = index
        try enter(start)
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: closing) {
            index += 1
            return start
        }
        while true {
            skipWhitespace()
            try parseItem(&self)
            skipWhitespace()
            guard index < bytes.count else {
                throw SyntaxError(offset: index, message: "unexpected end of file, expected ',' or '\(closing)'")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: closing) {
                index += 1
                return start
            }
            throw SyntaxError(
                offset: index, message: "expected ',' or '\(closing)' after \(item), found \(describeCurrent())")
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                index += 1
            }
            return index - first
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        var valid = integerDigits > 0 && !(integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0"))
        if valid, index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            valid = digits() > 0
        }
        if valid, index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            valid = digits() > 0
        }
        guard valid else { throw SyntaxError(offset: start, message: "invalid number") }
        return JSONValue(kind: .number(String(decoding: bytes[start..<index], as: UTF8.self)), start: start, end: index)
    }

    /// Parses a string starting at the opening quote; leaves `index` after the closing quote.
    private mutating func parseString() throws(SyntaxError) -> String {
        let start = index
        index += 1
        // Fast path: no escapes, no control characters.
        var probe = index
        while probe < bytes.count {
            let byte = bytes[probe]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[index..<probe], as: UTF8.self)
                index = probe + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            probe += 1
        }
        var result: [UInt8] = []
        var runStart = index
        while true {
            guard index < bytes.count else { throw SyntaxError(offset: start, message: "unterminated string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                result.append(contentsOf: bytes[runStart..<index])
                index += 1
                return String(decoding: result, as: UTF8.self)
            }
            if byte < 0x20 {
                let message =
                    byte == 0x0A
                    ? "unterminated string (a line break must be written \\n)" : "control character in a string"
                throw SyntaxError(offset: byte == 0x0A ? start : index, message: message)
            }
            if byte == UInt8(ascii: "\\") {
                result.append(contentsOf: bytes[runStart..<index])
                try parseEscape(into: &result)
                runStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func parseEscape(into result: inout [UInt8]) throws(SyntaxError) {
        let start = index
        index += 1
        guard index < bytes.count else { throw SyntaxError(offset: start, message: "unterminated string") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escape)
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "f"): result.append(0x0C)
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4(at: start)
            if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            {
                index += 2
                let low = try hex4(at: start)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw SyntaxError(offset: start, message: "invalid surrogate pair in \\u escape")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else {
                throw SyntaxError(offset: start, message: "invalid \\u escape (unpaired surrogate)")
            }
            result.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw SyntaxError(offset: start, message: "invalid escape sequence in a string")
        }
    }

    private mutating func hex4(at start: Int) throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw SyntaxError(offset: start, message: "invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw SyntaxError(offset: start, message: "invalid \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
