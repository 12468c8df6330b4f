/// Refuses XML constructs that untrusted survey files never need and that attacks rely on.
///
/// A `<!DOCTYPE` declaration is the only way to declare entities or to point at an external DTD, so refusing it
/// before libxml2 sees the document rules out "billion laughs" entity expansion, external entities (XXE) and
/// DTD fetches, whatever the parser options.
enum XMLSafetyCheck {
    /// The byte offset of the first `<!DOCTYPE` outside comments, or nil when there is none.
    static func doctypeOffset(in bytes: [UInt8]) -> Int? {
        let doctype = Array("<!DOCTYPE".utf8)
        let comment = Array("<!--".utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                if starts(with: comment, in: bytes, at: index) {
                    index = endOfComment(in: bytes, from: index + 4)
                    continue
                }
                if starts(with: doctype, in: bytes, at: index) { return index }
                // Past the prolog: a DOCTYPE can only come before the root element.
                if index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "?"),
                    bytes[index + 1] != UInt8(ascii: "!")
                {
                    return nil
                }
            }
            index += 1
        }
        return nil
    }

    /// The message for a refused DOCTYPE.
    static let doctypeMessage =
        "DOCTYPE declarations are not allowed in survey files: DTDs and entities are refused for safety "
        + "(no entity expansion, no external entities or DTDs)"

    private static func starts(with prefix: [UInt8], in bytes: [UInt8], at offset: Int) -> Bool {
        guard offset + prefix.count <= bytes.count else { return false }
        for (position, byte) in prefix.enumerated() where bytes[offset + position] != byte { return false }
        return true
    }

    private static func endOfComment(in bytes: [UInt8], from offset: Int) -> Int {
        var index = offset
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"),
                bytes[index + 2] == UInt8(ascii: ">")
            {
                return index + 3
            }
            index += 1
        }
        return bytes.count
    }
}
