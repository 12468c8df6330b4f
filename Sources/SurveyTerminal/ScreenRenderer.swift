import SurveyModel
import SurveyCollector

/// Lays a `ScreenModel` out on a terminal of a given size. Pure: the same model and size give the same screen.
///
/// Layout, top to bottom (an 80×24 terminal is the design size; any size from 20×8 up works):
/// 1. the survey title, with the progress (`12/40`) right-aligned;
/// 2. the section title;
/// 3. a rule;
/// 4. the question and detail lines, wrapped to the width;
/// 5. a blank line and the options, one per line (`> (*) 3. Label`), paginated with a "more" line when they do
///    not fit; the page shown is the one holding the highlighted option;
/// 6. the input line, the message line(s) and the hint line at the bottom.
///
/// Widths are measured with `DisplayWidth` (CJK = 2 cells); every line is cut to the width with `…`.
/// Control characters in texts are shown as spaces so survey or typed text can never send escape codes.
public enum ScreenRenderer {
    /// The smallest width laid out; narrower terminals get this layout clipped.
    public static let minimumWidth = 20
    /// The smallest height laid out; lower terminals get this layout clipped.
    public static let minimumHeight = 8

    /// Lays `model` out on a `width`×`height` terminal (sizes below the minimum are raised to it): exactly
    /// `height` lines, none wider than `width` cells, and the cursor on the input line when there is one.
    public static func render(_ model: ScreenModel, width: Int, height: Int) -> RenderedScreen {
        let width = max(minimumWidth, width)
        let height = max(minimumHeight, height)
        typealias Line = RenderedScreen.Line
        var header: [Line] = [titleLine(model, width: width)]
        header.append(Line(cut(model.section ?? "", width), style: .dim))
        header.append(Line(String(repeating: "─", count: width), style: .dim))

        let messageLines = model.message.map { messageBlock($0, width: width) } ?? [Line("")]
        var cursor: (row: Int, column: Int)?
        var inputLine = Line("")
        if let input = model.input {
            let prompt = clean(input.prompt)
            let promptWidth = DisplayWidth.of(prompt)
            let shown = input.editor.visible(width: width - promptWidth)
            inputLine = Line(prompt + clean(shown.text))
            cursor = (0, promptWidth + shown.cursorColumn)
        }
        let footer = [inputLine] + messageLines + [Line(cut(model.hint, width), style: .dim)]
        let bodyRows = height - header.count - footer.count
        let body = bodyLines(model, width: width, rows: bodyRows)

        let lines = header + body + footer
        if let column = cursor?.column { cursor = (header.count + body.count, column) }
        return RenderedScreen(width: width, height: height, lines: lines, cursor: cursor)
    }

    /// The question, details and options, exactly `rows` lines (padded with blank lines).
    private static func bodyLines(_ model: ScreenModel, width: Int, rows: Int) -> [RenderedScreen.Line] {
        guard rows > 0 else { return [] }
        var text = TextWrap.lines(clean(model.question), width: width).map { RenderedScreen.Line($0, style: .title) }
        for detail in model.details {
            text += TextWrap.lines(clean(detail), width: width).map { RenderedScreen.Line($0) }
        }
        var lines: [RenderedScreen.Line]
        if model.options.isEmpty {
            lines = clip(text, to: rows, width: width)
        } else {
            let wanted = model.options.count + 1
            let optionMinimum = min(wanted, max(4, rows / 2))
            let textRows = max(1, min(text.count, rows - optionMinimum))
            lines = clip(text, to: textRows, width: width)
            lines.append(RenderedScreen.Line(""))
            lines += optionLines(model, width: width, rows: rows - lines.count)
        }
        while lines.count < rows { lines.append(RenderedScreen.Line("")) }
        return Array(lines.prefix(rows))
    }

    private static func clip(_ lines: [RenderedScreen.Line], to rows: Int, width: Int) -> [RenderedScreen.Line] {
        guard lines.count > rows else { return lines }
        var kept = Array(lines.prefix(max(0, rows)))
        if var last = kept.popLast() {
            last.text = DisplayWidth.truncate(last.text + " …", to: width)
            kept.append(last)
        }
        return kept
    }

    /// The options that fit in `rows` lines: all of them, or one page plus a line saying where the others are.
    private static func optionLines(_ model: ScreenModel, width: Int, rows: Int) -> [RenderedScreen.Line] {
        let options = model.options
        guard rows > 0 else { return [] }
        var range = 0..<options.count
        var more: String?
        if options.count > rows {
            let perPage = max(1, rows - 1)
            let page = min(options.count - 1, max(0, model.highlighted ?? 0)) / perPage
            let pages = (options.count + perPage - 1) / perPage
            range = (page * perPage)..<min(options.count, (page + 1) * perPage)
            more =
                "  … \(range.lowerBound + 1)-\(range.upperBound) of \(options.count)"
                + " (page \(page + 1)/\(pages); Up/Down, PgUp/PgDn for more)"
        }
        let keyWidth = options.map { DisplayWidth.of(clean($0.key)) }.max() ?? 0
        let hasMarks = options.contains { $0.mark != .none }
        var lines: [RenderedScreen.Line] = []
        for index in range {
            let option = options[index]
            let isHighlighted = index == model.highlighted
            var line = isHighlighted ? "> " : "  "
            if hasMarks { line += DisplayWidth.pad(option.mark.text, to: 3) + " " }
            let key = clean(option.key)
            if !key.isEmpty {
                line += String(repeating: " ", count: keyWidth - DisplayWidth.of(key)) + key + ". "
            } else if keyWidth > 0 {
                line += String(repeating: " ", count: keyWidth + 2)
            }
            line += clean(option.label)
            let style: RenderedScreen.Style =
                isHighlighted ? .highlighted : option.mark.isSelected ? .selected : .plain
            lines.append(RenderedScreen.Line(trimTrailing(cut(line, width)), style: style))
        }
        if let more { lines.append(RenderedScreen.Line(cut(more, width), style: .dim)) }
        return lines
    }

    private static func titleLine(_ model: ScreenModel, width: Int) -> RenderedScreen.Line {
        let title = clean(model.title)
        guard let progress = model.progress?.text else { return RenderedScreen.Line(cut(title, width), style: .title) }
        let room = width - DisplayWidth.of(progress) - 1
        let left = DisplayWidth.pad(cut(title, room), to: room)
        return RenderedScreen.Line(left + " " + progress, style: .title)
    }

    private static func messageBlock(_ message: ScreenMessage, width: Int) -> [RenderedScreen.Line] {
        let prefix: String
        let style: RenderedScreen.Style
        switch message.kind {
        case .error: (prefix, style) = ("Error: ", .error)
        case .warning: (prefix, style) = ("Warning: ", .warning)
        case .info: (prefix, style) = ("", .info)
        }
        let wrapped = TextWrap.lines(prefix + clean(message.text).replacingNewlines(), width: width)
        let kept = wrapped.count > 2 ? [wrapped[0], DisplayWidth.truncate(wrapped[1] + " …", to: width)] : wrapped
        return kept.map { RenderedScreen.Line($0, style: style) }
    }

    private static func cut(_ text: String, _ width: Int) -> String {
        DisplayWidth.truncate(clean(text).replacingNewlines(), to: width)
    }

    private static func trimTrailing(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    /// `text` with control characters (C0 except newline, DEL, C1) replaced by spaces.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isControl(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && (scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value))
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
