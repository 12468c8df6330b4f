import SurveyModel
import SurveyCollector

/// A one-line text editor for typed answers: insert at the cursor, Backspace/Delete, Left/Right, Home/End
/// (also Ctrl-A/Ctrl-E), Ctrl-U (delete to the start) and Ctrl-K (delete to the end).
///
/// The cursor moves by whole characters (grapheme clusters), so a CJK character or an emoji with modifiers is
/// one step; its screen column is measured with `DisplayWidth` (CJK = 2 cells). Characters beyond `maxLength`
/// are refused (the key returns `false`).
public struct LineEditor: Sendable, Hashable {
    public private(set) var characters: [Character]
    /// The cursor position: the number of characters before it (0 … count).
    public private(set) var cursor: Int
    /// The most characters the line may hold; nil for no limit.
    public var maxLength: Int?

    public init(text: String = "", maxLength: Int? = nil) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.maxLength = maxLength
    }

    /// The edited text.
    public var text: String { String(characters) }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies an editing key. Returns whether the key was an editing key that the editor handled (text input,
    /// cursor movement, deletion); other keys (Enter, Esc, Tab, Up/Down, …) return `false` and change nothing.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            if let maxLength, characters.count >= maxLength { return false }
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .control("k"):
            characters.removeLast(characters.count - cursor)
        default:
            return false
        }
        return true
    }

    /// The part of the line shown in a field `width` cells wide, and the cursor's cell column within it.
    ///
    /// The text scrolls horizontally so that the cursor is always visible, with one cell kept free for the
    /// cursor at the end of the line. A wide character is never split.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        let width = max(2, width)
        let cells = characters.map { DisplayWidth.of(String($0)) }
        var start = 0
        var beforeCursor = cells[0..<cursor].reduce(0, +)
        while beforeCursor + 1 > width, start < cursor {
            beforeCursor -= cells[start]
            start += 1
        }
        var shown = ""
        var used = 0
        var index = start
        while index < characters.count, used + cells[index] <= width {
            shown.append(characters[index])
            used += cells[index]
            index += 1
        }
        return (shown, beforeCursor)
    }
}
