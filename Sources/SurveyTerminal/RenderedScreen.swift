import SurveyCollector
/// A laid-out screen: exactly `height` lines of at most `width` cells each, with a style per line and the
/// cursor position. Produced by `ScreenRenderer`; turned into terminal output by `frame(color:)`.
public struct RenderedScreen: Sendable, Hashable {
    /// How a line is drawn when colour is on. Without colour every line is drawn plain.
    public enum Style: Sendable, Hashable {
        case plain, title, dim, highlighted, selected, error, warning, info
    }

    /// One screen row: its text and how it is drawn.
    public struct Line: Sendable, Hashable {
        /// The line's text, without trailing spaces.
        public var text: String
        public var style: Style

        public init(_ text: String, style: Style = .plain) {
            self.text = text
            self.style = style
        }
    }

    public var width: Int
    public var height: Int
    public var lines: [Line]
    /// Where the text cursor goes (0-based row and cell column), or nil to hide it.
    public var cursor: (row: Int, column: Int)?

    public init(width: Int, height: Int, lines: [Line], cursor: (row: Int, column: Int)?) {
        self.width = width
        self.height = height
        self.lines = lines
        self.cursor = cursor
    }

    /// The lines' texts, for tests and plain output.
    public var texts: [String] { lines.map(\.text) }

    /// The escape sequence stream that draws this screen over the whole terminal in one write: hide the cursor,
    /// home, each line followed by erase-to-end-of-line, then place and show the cursor.
    ///
    /// With `color` false no SGR (colour or bold) sequences are written; cursor movement is still used, as the
    /// screen cannot be drawn without it.
    public func frame(color: Bool) -> String {
        var output = "\u{1B}[?25l\u{1B}[H"
        for (row, line) in lines.enumerated() {
            let sgr = color ? Self.sgr(line.style) : nil
            if let sgr { output += "\u{1B}[\(sgr)m" }
            output += line.text
            if sgr != nil { output += "\u{1B}[0m" }
            output += "\u{1B}[K"
            if row < lines.count - 1 { output += "\r\n" }
        }
        if let cursor {
            output += "\u{1B}[\(cursor.row + 1);\(cursor.column + 1)H\u{1B}[?25h"
        }
        return output
    }

    private static func sgr(_ style: Style) -> String? {
        switch style {
        case .plain: nil
        case .title: "1"
        case .dim: "2"
        case .highlighted: "7"
        case .selected: "1;36"
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "36"
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.lines == rhs.lines
            && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(lines)
        hasher.combine(cursor?.row)
        hasher.combine(cursor?.column)
    }
}
