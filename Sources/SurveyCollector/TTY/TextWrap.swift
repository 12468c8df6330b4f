import SurveyModel

/// Wraps and fits text to a number of terminal cells, measuring with `DisplayWidth` (CJK = 2 cells).
public enum TextWrap {
    /// Splits `text` into lines of at most `width` cells.
    ///
    /// Paragraphs (`\n`) start new lines. Lines break at spaces; between wide (CJK) characters a line may break
    /// anywhere, as CJK text has no spaces. A word longer than the line is cut by characters. Runs of spaces
    /// collapse to one, and lines carry no leading or trailing spaces. `width` below 1 is treated as 1.
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
        var spaceBefore: Bool
    }

    private static func tokens(_ paragraph: Substring) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var wordWidth = 0
        var wordSpaceBefore = false
        var pendingSpace = false
        func flushWord() {
            if !word.isEmpty { tokens.append(Token(text: word, width: wordWidth, spaceBefore: wordSpaceBefore)) }
            word = ""
            wordWidth = 0
        }
        for character in paragraph {
            if character == " " || character == "\t" {
                flushWord()
                pendingSpace = true
                continue
            }
            let cells = DisplayWidth.of(String(character))
            if cells == 2 {
                flushWord()
                tokens.append(Token(text: String(character), width: 2, spaceBefore: pendingSpace))
                pendingSpace = false
                continue
            }
            if word.isEmpty {
                wordSpaceBefore = pendingSpace
                pendingSpace = false
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
        for token in tokens(paragraph) {
            let separator = token.spaceBefore && !line.isEmpty ? 1 : 0
            if used + separator + token.width <= width {
                if separator == 1 { line.append(" ") }
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
