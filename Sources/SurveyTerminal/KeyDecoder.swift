import SurveyCollector
/// Turns raw terminal input bytes into `Key`s.
///
/// Understands UTF-8 text (multi-byte characters may be split across reads), C0 control keys, CSI sequences
/// (`ESC [ A`, `ESC [ 3 ~`, `ESC [ 1 ; 5 C`, …) and SS3 sequences (`ESC O P`, `ESC O H`, …). Bytes that end in
/// the middle of a sequence stay pending until more input arrives; a lone `ESC` is only reported as `.escape`
/// when the caller calls `flush()` (after a short pause with no input), because it may start a sequence.
/// Invalid UTF-8 bytes and unknown sequences become `.unknown` and never stop decoding.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// Whether incomplete input is waiting for more bytes (e.g. a lone ESC).
    public var hasPendingInput: Bool { !pending.isEmpty }

    /// Appends `bytes` and returns every key that is now complete, in order.
    public mutating func decode(_ bytes: some Sequence<UInt8>) -> [Key] {
        pending.append(contentsOf: bytes)
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            guard let (key, length) = Self.decodeOne(pending[index...]) else { break }
            keys.append(key)
            index += length
        }
        pending.removeFirst(index)
        return keys
    }

    /// Reports whatever is pending as complete keys: a lone ESC becomes `.escape`, an incomplete sequence
    /// `.unknown`. Call this when no more input arrived within the escape timeout.
    public mutating func flush() -> [Key] {
        guard !pending.isEmpty else { return [] }
        defer { pending.removeAll() }
        if pending == [0x1B] { return [.escape] }
        if pending.first == 0x1B, pending.count == 2, pending[1] >= 0x20, pending[1] < 0x7F,
            pending[1] != UInt8(ascii: "["), pending[1] != UInt8(ascii: "O")
        {
            return [.escape, .character(Character(Unicode.Scalar(pending[1])))]
        }
        return [.unknown(pending)]
    }

    /// Decodes one key at the start of `bytes`: the key and the number of bytes it used, or nil if more bytes
    /// are needed.
    static func decodeOne(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
        guard let first = bytes.first else { return nil }
        switch first {
        case 0x1B: return decodeEscape(bytes)
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x09: return (.tab, 1)
        case 0x03: return (.interrupt, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x01...0x1A: return (.control(Character(Unicode.Scalar(first + 0x60))), 1)
        case 0x00, 0x1C...0x1F: return (.unknown([first]), 1)
        case 0x20..<0x7F: return (.character(Character(Unicode.Scalar(first))), 1)
        default: return decodeUTF8(bytes)
        }
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
        let first = bytes[bytes.startIndex]
        let length: Int
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (.unknown([first]), 1)
        }
        var index = bytes.startIndex + 1
        while index < bytes.startIndex + length {
            guard index < bytes.endIndex else { return nil }
            guard bytes[index] & 0xC0 == 0x80 else { return (.unknown([first]), 1) }
            index += 1
        }
        let sequence = bytes[bytes.startIndex..<bytes.startIndex + length]
        guard let text = String(validating: sequence, as: UTF8.self), let character = text.first else {
            return (.unknown(Array(sequence)), length)
        }
        return (.character(character), length)
    }

    private static func decodeEscape(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
        let start = bytes.startIndex
        guard bytes.count >= 2 else { return nil }
        let second = bytes[start + 1]
        switch second {
        case UInt8(ascii: "["): return decodeCSI(bytes)
        case UInt8(ascii: "O"):
            guard bytes.count >= 3 else { return nil }
            return (ss3Key(bytes[start + 2]) ?? .unknown(Array(bytes[start..<start + 3])), 3)
        case 0x1B:
            return (.escape, 1)
        default:
            // ESC followed by an ordinary key (Alt-key): report the escape, the key follows.
            return (.escape, 1)
        }
    }

    private static func ss3Key(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "M"): .enter
        case UInt8(ascii: "P"): .function(1)
        case UInt8(ascii: "Q"): .function(2)
        case UInt8(ascii: "R"): .function(3)
        case UInt8(ascii: "S"): .function(4)
        default: nil
        }
    }

    /// CSI: `ESC [` parameters (0x30–0x3F), intermediates (0x20–0x2F), one final byte (0x40–0x7E).
    private static func decodeCSI(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
        let start = bytes.startIndex
        var index = start + 2
        while index < bytes.endIndex, (0x20...0x3F).contains(bytes[index]) { index += 1 }
        guard index < bytes.endIndex else { return nil }
        let final = bytes[index]
        let length = index - start + 1
        let raw = Array(bytes[start..<start + length])
        guard (0x40...0x7E).contains(final) else { return (.unknown(raw), length) }
        let parameters = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
        let first = Int(parameters.split(separator: ";").first ?? "") ?? 0
        let key: Key?
        switch final {
        case UInt8(ascii: "~"): key = tildeKey(first)
        case UInt8(ascii: "Z"): key = .tab
        default: key = parameters.isEmpty || parameters.hasPrefix("1") ? ss3Key(final) : nil
        }
        return (key ?? .unknown(raw), length)
    }

    private static func tildeKey(_ code: Int) -> Key? {
        switch code {
        case 1, 7: .home
        case 3: .delete
        case 4, 8: .end
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(code - 10)
        case 17...21: .function(code - 11)
        case 23, 24: .function(code - 12)
        default: nil
        }
    }
}
