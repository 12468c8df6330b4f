import SurveyCollector
/// One key press decoded from terminal input bytes.
///
/// Printable input (ASCII, Latin, CJK, emoji: any UTF-8 text) arrives as `.character`; control keys and escape
/// sequences of the usual xterm/VT220 family get their own cases. Sequences the decoder does not know become
/// `.unknown` with their raw bytes, so they can be ignored without desynchronising the input stream.
public enum Key: Sendable, Hashable {
    /// A printable character (never a control character).
    case character(Character)
    case enter
    case backspace
    case delete
    case tab
    case escape
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    /// A function key F1–F12.
    case function(Int)
    /// Ctrl-C (byte 0x03; raw mode delivers it as input instead of a signal).
    case interrupt
    /// Ctrl-D (byte 0x04): end of input.
    case endOfInput
    /// Another control key, Ctrl-A … Ctrl-Z, as its letter (`"a"` for Ctrl-A).
    case control(Character)
    /// An escape sequence or byte the decoder does not understand.
    case unknown([UInt8])

    /// The decimal digit this key stands for, if it is `0`–`9`.
    public var digit: Int? {
        guard case .character(let character) = self, let ascii = character.asciiValue,
            (0x30...0x39).contains(ascii)
        else { return nil }
        return Int(ascii - 0x30)
    }
}
