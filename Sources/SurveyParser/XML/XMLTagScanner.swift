/// Finds the byte positions of start tags and attributes in XML source text.
///
/// libxml2 reports only the line of an element, never its column, and nothing at all for attributes. Elements
/// appear in the source in document order, so the scanner walks forward from a cursor to the next `<name`
/// (skipping comments, CDATA sections and processing instructions), then reads the attributes of that start tag.
/// The whole document is scanned once: O(n).
struct XMLTagScanner {
    /// A start tag: where it begins (`<`), where it ends (after `>`), and its attributes.
    struct StartTag {
        var offset: Int
        var end: Int
        var attributes: [ScannedAttribute]

        func attribute(_ name: String) -> ScannedAttribute? { attributes.first { $0.name == name } }
    }

    /// The raw positions of one attribute: the name, and the value between its quotes.
    struct ScannedAttribute {
        var name: String
        var nameOffset: Int
        var valueStart: Int
        var valueEnd: Int
    }

    private let bytes: [UInt8]
    private var cursor = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next start tag named `qualifiedName` at or after the cursor; nil when there is none.
    mutating func nextStartTag(named qualifiedName: String) -> StartTag? {
        let name = Array(qualifiedName.utf8)
        var index = cursor
        while let open = firstIndex(of: UInt8(ascii: "<"), from: index) {
            if hasPrefix("<!--", at: open) {
                index = skip(past: "-->", from: open + 4)
            } else if hasPrefix("<![CDATA[", at: open) {
                index = skip(past: "]]>", from: open + 9)
            } else if hasPrefix("<?", at: open) || hasPrefix("<!", at: open) {
                index = skip(past: ">", from: open + 2)
            } else if matches(name, at: open + 1) {
                let tag = readStartTag(at: open, nameLength: name.count)
                cursor = open + 1
                return tag
            } else {
                index = open + 1
            }
        }
        return nil
    }

    /// The offset of the first non-whitespace byte at or after `offset`, and the offset of the next `<`.
    func textRange(after offset: Int) -> (start: Int, end: Int) {
        var start = offset
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        let end = firstIndex(of: UInt8(ascii: "<"), from: start) ?? bytes.count
        var trimmedEnd = end
        while trimmedEnd > start, isSpace(bytes[trimmedEnd - 1]) { trimmedEnd -= 1 }
        return (start, trimmedEnd)
    }

    private func readStartTag(at open: Int, nameLength: Int) -> StartTag {
        var index = open + 1 + nameLength
        var attributes: [ScannedAttribute] = []
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return StartTag(offset: open, end: index + 1, attributes: attributes) }
            if byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/")
            {
                index += 1
            }
            let attributeName = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
            else { continue }
            let quote = bytes[index]
            let valueStart = index + 1
            let valueEnd = firstIndex(of: quote, from: valueStart) ?? bytes.count
            attributes.append(
                ScannedAttribute(name: attributeName, nameOffset: nameStart, valueStart: valueStart, valueEnd: valueEnd))
            index = valueEnd + 1
        }
        return StartTag(offset: open, end: bytes.count, attributes: attributes)
    }

    private func matches(_ name: [UInt8], at offset: Int) -> Bool {
        guard offset + name.count <= bytes.count else { return false }
        for (position, byte) in name.enumerated() where bytes[offset + position] != byte { return false }
        let after = offset + name.count
        guard after < bytes.count else { return true }
        let next = bytes[after]
        return isSpace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
    }

    private func hasPrefix(_ prefix: StaticString, at offset: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { buffer in
            for position in 0..<count where bytes[offset + position] != buffer[position] { return false }
            return true
        }
    }

    private func skip(past terminator: StaticString, from offset: Int) -> Int {
        var index = offset
        while index < bytes.count {
            if hasPrefix(terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return bytes.count
    }

    private func firstIndex(of byte: UInt8, from offset: Int) -> Int? {
        var index = offset
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}
