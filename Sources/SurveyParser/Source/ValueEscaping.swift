/// How a value is written in its source file, so that a character offset in the decoded value can be mapped back
/// to a byte offset in the file.
enum ValueEscaping: UInt8, Sendable {
    /// Verbatim (numbers, booleans).
    case none
    /// XML character data or attribute value: `&name;` and `&#...;` are one character each.
    case xml
    /// A JSON string body: `\x` and `\uXXXX` (a surrogate pair counts once) are one character each.
    case json

    /// The byte offset in `bytes` of the `characterOffset`th decoded character of a value starting at byte
    /// `start` and ending before byte `end`. Offsets past the end map to `end`.
    func byteOffset(ofCharacter characterOffset: Int, in bytes: [UInt8], start: Int, end: Int) -> Int {
        var index = start
        var remaining = characterOffset
        let end = Swift.min(end, bytes.count)
        while remaining > 0, index < end {
            index = nextCharacter(in: bytes, at: index, end: end)
            remaining -= 1
        }
        return Swift.min(index, end)
    }

    private func nextCharacter(in bytes: [UInt8], at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        switch self {
        case .xml where byte == UInt8(ascii: "&"):
            var probe = index + 1
            while probe < end, probe - index < 12, bytes[probe] != UInt8(ascii: ";") { probe += 1 }
            return probe < end && bytes[probe] == UInt8(ascii: ";") ? probe + 1 : index + 1
        case .json where byte == UInt8(ascii: "\\"):
            guard index + 1 < end else { return end }
            if bytes[index + 1] == UInt8(ascii: "u") {
                var next = Swift.min(index + 6, end)
                // A surrogate pair is one character.
                if next + 1 < end, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u"),
                    index + 2 < end, bytes[index + 2] | 0x20 == UInt8(ascii: "d"),
                    index + 3 < end, (UInt8(ascii: "8")...UInt8(ascii: "b")).contains(bytes[index + 3] | 0x20)
                        || (UInt8(ascii: "8")...UInt8(ascii: "9")).contains(bytes[index + 3])
                {
                    next = Swift.min(next + 6, end)
                }
                return next
            }
            return index + 2
        default:
            var next = index + 1
            while next < end, bytes[next] & 0xC0 == 0x80 { next += 1 }
            return next
        }
    }
}
