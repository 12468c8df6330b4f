import Foundation

/// Helpers to map between offsets and line/column positions in source text.
public enum SourceText {
    /// The 1-based `number`th line of `text` without its line terminator, or nil when out of range.
    public static func line(_ number: Int, of text: String) -> String? {
        var current = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" || text[index] == "\r\n" {
                if current == number { return String(text[start..<index]).replacingOccurrences(of: "\r", with: "") }
                current += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return current == number ? String(text[start..<text.endIndex]) : nil
    }

    /// The 1-based line and column of the character at `offset` (characters, 0-based) in `text`.
    public static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for (index, character) in text.enumerated() {
            if index >= offset { break }
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
