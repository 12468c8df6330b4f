import SurveyModel
import SurveyCollector

/// Wraps and fits text to a number of terminal cells, measuring with `DisplayWidth` (CJK = 2 cells).
public enum TextWrap {
    /// Splits `text` into lines of at most `width` cells.
    ///
    /// Paragraphs (`\n`) start new lines. Lines break at spaces; between wide (CJK) characters a line may break
    /// anywhere, as CJK text has no spaces. A word longer than the line is cut by characters. Spaces inside a
    /// line and a paragraph's indentation are kept as written (so aligned help columns stay aligned); the spaces
    /// at a line break are dropped. Tabs count as one space. `width` below 1 is treated as 1.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append(contentsOf: wrapParagraph(Substring(paragraph), width: width))
        }
        return result
    }

    /// `text` cut or padded with spaces to exactly `width` cells; cut text ends with `…`.
    public static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let cut = DisplayWidth.truncate(text, to: width)
        // A wide character cannot be split: truncation may leave one cell over, filled with a space.
        return DisplayWidth.pad(cut, to: width)
    }

    private struct Token {
        var text: String
        var width: Int
        /// The number of spaces written before the token.
        var spaces: Int
    }

    private static func tokens(_ paragraph: Substring) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var wordWidth = 0
        var wordSpaces = 0
        var pendingSpaces = 0
        func flushWord() {
            if !word.isEmpty { tokens.append(Token(text: word, width: wordWidth, spaces: wordSpaces)) }
            word = ""
            wordWidth = 0
        }
        for character in paragraph {
            if character == " " || character == "\t" {
                flushWord()
                pendingSpaces += 1
                continue
            }
            let cells = DisplayWidth.of(String(character))
            if cells == 2 {
                flushWord()
                tokens.append(Token(text: String(character), width: 2, spaces: pendingSpaces))
                pendingSpaces = 0
                continue
            }
            if word.isEmpty {
                wordSpaces = pendingSpaces
                pendingSpaces = 0
            }
            word.append(character)
            wordWidth += cells
        }
        flushWord()
        return tokens
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        var atParagraphStart = true
        for token in tokens(paragraph) {
            let separator = !line.isEmpty || atParagraphStart ? token.spaces : 0
            atParagraphStart = false
            if used + separator + token.width <= width {
                line += String(repeating: " ", count: separator)
                line += token.text
                used += separator + token.width
                continue
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
                used = 0
            }
            if token.width <= width {
                line = token.text
                used = token.width
            } else {
                for character in token.text {
                    let cells = DisplayWidth.of(String(character))
                    if used + cells > width, !line.isEmpty {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    line.append(character)
                    used += cells
                }
            }
        }
        lines.append(line)
        return lines
    }
}
